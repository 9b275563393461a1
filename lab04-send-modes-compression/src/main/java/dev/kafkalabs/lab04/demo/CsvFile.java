package dev.kafkalabs.lab04.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CSV file of benchmark results: a header line, then one line per row. Values must not contain commas. */
public final class CsvFile {

    private final List<String> lines = new ArrayList<>();

    public CsvFile(String... header) {
        lines.add(String.join(",", header));
    }

    public CsvFile row(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value instanceof Double number ? format(number) : String.valueOf(value));
        }
        lines.add(String.join(",", cells));
        return this;
    }

    public void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String format(double number) {
        return Double.isNaN(number) ? "" : String.format(Locale.ROOT, "%.3f", number);
    }
}
