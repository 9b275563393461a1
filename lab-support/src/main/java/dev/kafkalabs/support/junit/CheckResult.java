package dev.kafkalabs.support.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of the report {@link CheckReportListener} writes: a check of one exercise and its outcome. */
public record CheckResult(String exerciseId, String outcome, String checkName, String message) {

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

    public static List<CheckResult> read(Path report) {
        if (!Files.exists(report)) {
            return List.of();
        }
        try {
            return Files.readAllLines(report).stream()
                    .filter(line -> !line.isBlank())
                    .map(CheckResult::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the check report " + report, e);
        }
    }

    private static CheckResult parse(String line) {
        String[] fields = line.split("\t", -1);
        String message = fields.length > 3 ? unescape(fields[3]) : "";
        return new CheckResult(fields[0], fields[1], fields.length > 2 ? fields[2] : "", message);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
