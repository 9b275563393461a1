package dev.kafkalabs.support.junit;

import java.util.Optional;

/**
 * A check of one exercise and its outcome, as {@link CheckRecorder} records it. {@link CheckRunner} prints
 * each one on its standard output as one line ({@link #toLine()}) that a launcher reads back
 * ({@link #fromLine(String)}) from among the checks' own output.
 */
public record CheckResult(String exerciseId, String outcome, String checkName, String message) {

    /** Starts every result line: what follows is four tab-separated fields, tabs and newlines escaped. */
    public static final String LINE_PREFIX = "labs-check-result\t";

    public boolean passed() {
        return outcome.equals("SUCCESSFUL");
    }

    public boolean skipped() {
        return outcome.equals("SKIPPED");
    }

    /** Failed (or aborted): neither passed nor skipped. */
    public boolean failed() {
        return !passed() && !skipped();
    }

    /** One line: {@link #LINE_PREFIX}, then exercise id, outcome, check name and message, tab-separated. */
    public String toLine() {
        return LINE_PREFIX + String.join("\t", exerciseId, outcome, escape(checkName), escape(message));
    }

    /** The result a line of {@link #toLine()} holds; empty for any other line. */
    public static Optional<CheckResult> fromLine(String line) {
        if (!line.startsWith(LINE_PREFIX)) {
            return Optional.empty();
        }
        String[] fields = line.substring(LINE_PREFIX.length()).split("\t", -1);
        if (fields.length != 4) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult(fields[0], fields[1], unescape(fields[2]), unescape(fields[3])));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
