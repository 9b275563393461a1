package dev.kafkalabs.support.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The prompt of the programs an instructor drives by typing ({@code ./labs cluster}, {@code ./labs
 * connect-cluster}): "> ", one command per line, until {@code quit} (or {@code exit}) or the end of the input.
 * Blank lines are skipped and {@code help} prints the program's list of commands; every other line goes to
 * the program, as lower-case words.
 */
public final class CommandLoop {

    private CommandLoop() {
    }

    /** Reads commands from {@code in} until quit or the end of the input; hands the others to {@code command}. */
    public static void run(InputStream in, PrintStream out, String help, Consumer<String[]> command) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            out.print("> ");
            out.flush();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
                switch (words[0]) {
                    case "" -> { }
                    case "quit", "exit" -> {
                        return;
                    }
                    case "help" -> out.println(help);
                    default -> command.accept(words);
                }
                out.print("> ");
                out.flush();
            }
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read commands", e);
        }
    }
}
