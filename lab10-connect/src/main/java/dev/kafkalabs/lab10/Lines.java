package dev.kafkalabs.lab10;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;

/** Numbered lines of text, written to and read from the files the connectors stream. */
public final class Lines {

    private Lines() {
    }

    /** {@code "<prefix> <i>"} for i in {@code from..to}. */
    public static List<String> numbered(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + " " + i).toList();
    }

    /** Appends {@code lines} to {@code file} (creating it), each ended by a newline, as {@code echo >>} does. */
    public static void append(Path file, List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }

    /** The lines of {@code file}; none while it does not exist yet. */
    public static List<String> read(Path file) {
        if (Files.notExists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
