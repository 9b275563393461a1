package dev.kafkalabs.lab04.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A plain-text table for the terminal: columns of numbers right-aligned, the others left-aligned. */
public final class TextTable {

    /** A number as the benchmarks print it ("12,345", "0.93", "1,200..1,900"), or "-" for none. */
    private static final Pattern NUMBER = Pattern.compile("-|[\\d.,]+(\\.\\.[\\d.,]+)?");

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public String render() {
        int[] widths = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            numeric[column] = true;
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
                numeric[column] &= NUMBER.matcher(row.get(column)).matches();
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths, numeric);
        int total = 0;
        for (int width : widths) {
            total += width + 2;
        }
        out.append("-".repeat(total - 2)).append('\n');
        rows.forEach(row -> line(out, row, widths, numeric));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String pad = " ".repeat(widths[column] - cell.length());
            boolean last = column == cells.size() - 1;
            out.append(numeric[column] ? pad + cell : last ? cell : cell + pad);
            out.append(last ? "\n" : "  ");
        }
    }
}
