package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One wrong answer (a mutant) or one correct answer written another way (an alternative) to an exercise,
 * kept as what it changes in the solution: a lab's {@code src/test/variants/NAME.mutant} or
 * {@code NAME.alternative}. A course author reads it as a diff:
 *
 * <pre>
 * exercise: 3.1
 * misconception: the producer is never closed: send() only buffers
 * mentions: still in the producer's buffer
 *
 * edit SimpleProducer.java
 * -        producer.flush();
 * +        // (nothing: the records stay in the buffer)
 * </pre>
 *
 * <p>The header: {@code exercise}; for a mutant its {@code misconception} and the text a failing check's
 * message must {@code mention} for the mutant to count as rejected with its misconception named; for an
 * alternative how it {@code differs}; for an equivalent ({@code NAME.equivalent}: a change that looks wrong
 * and is not, see {@link Kind}) {@code why}; optionally the {@code source} where the mistake is documented, and
 * for a red team's wrong answer that its checks do not reject yet, why they cannot see it ({@code open}). Then
 * one or more edits of files of the lab's {@code solution} package: the {@code -} lines are whole lines
 * of the solution file, together occurring exactly once in it; the {@code +} lines replace them (none:
 * they are deleted). A blank line ends an edit. Every edit is found in the solution as it is, so one
 * edit's replacement never hides another's text. {@code #} starts a comment line.
 */
record VariantEdits(String name, Kind kind, String exercise, Map<String, String> header, List<Edit> edits) {

    /**
     * Which side of the checks' verdict the variant must land on; an equivalent is a change that looks like
     * a mistake but behaves as the solution does (a sweep's or a red team's survivor), kept with the reason,
     * so that the next sweep does not report it again.
     */
    enum Kind {
        MUTANT("mutant", "misconception", "mentions"),
        ALTERNATIVE("alternative", "differs"),
        EQUIVALENT("equivalent", "why");

        final String extension;
        final List<String> requiredKeys;

        Kind(String extension, String... requiredKeys) {
            this.extension = extension;
            this.requiredKeys = List.of(requiredKeys);
        }
    }

    /** Replace {@code text} (whole lines, each ending with a line break) of {@code file} with {@code replacement}. */
    record Edit(String file, String text, String replacement) {
    }

    /** Where a lab module keeps its variants. */
    static final String DIRECTORY = "src/test/variants";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> KEYS = List.of("exercise", "misconception", "mentions", "differs", "why", "source",
            "open");

    String misconception() {
        return header.get("misconception");
    }

    String mentions() {
        return header.get("mentions");
    }

    /** For a red team's wrong answer the checks do not reject yet: why they cannot see it; otherwise null. */
    String open() {
        return header.get("open");
    }

    String differs() {
        return header.get("differs");
    }

    /** The variants kept in {@code moduleDir}'s {@value #DIRECTORY}, by name; none when it has no such directory. */
    static List<VariantEdits> of(Path moduleDir) {
        return in(moduleDir.resolve(DIRECTORY), true);
    }

    /**
     * The variants kept in {@code directory} (its {@code .mutant} and {@code .alternative} files), by name;
     * {@code complete}: a mutant must say what a failure mentions (a shipped one must; a red team's wrong
     * answer, run by {@code ./labs sweep}, need not).
     */
    static List<VariantEdits> in(Path directory, boolean complete) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.filter(file -> kindOf(file) != null).sorted().map(file -> read(file, complete))
                    .sorted(Comparator.comparing(VariantEdits::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static Kind kindOf(Path file) {
        String fileName = file.getFileName().toString();
        for (Kind kind : Kind.values()) {
            if (fileName.endsWith("." + kind.extension)) {
                return kind;
            }
        }
        return null;
    }

    /** Reads one variant file; an {@link IllegalArgumentException} names the file and line of what is wrong. */
    static VariantEdits read(Path file, boolean complete) {
        Kind kind = kindOf(file);
        if (kind == null) {
            throw new IllegalArgumentException(file + ": a variant's file name ends with .mutant, .alternative or .equivalent");
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - kind.extension.length() - 1);
        try {
            return parse(name, kind, Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), complete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Parses a shipped variant's lines; {@code where} names it in error messages. */
    static VariantEdits parse(String name, Kind kind, List<String> lines, String where) {
        return parse(name, kind, lines, where, true);
    }

    /** Parses a variant's lines; {@code complete}: as {@link #in(Path, boolean)} says. */
    static VariantEdits parse(String name, Kind kind, List<String> lines, String where, boolean complete) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a variant name: use lower case "
                    + "letters, digits and _ (it becomes a package name)");
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<Edit> edits = new ArrayList<>();
        String file = null;
        StringBuilder text = new StringBuilder();
        StringBuilder replacement = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            String at = where + ":" + (i + 1) + ": ";
            if (line.startsWith("#")) {
                continue;
            }
            if (file != null && (line.startsWith("-") || line.startsWith("+"))) {
                if (line.length() > 1 && line.charAt(1) != ' ') {
                    throw new IllegalArgumentException(at + "after - or + comes one space, then the line: " + line);
                }
                String content = line.length() > 2 ? line.substring(2) : "";
                if (line.startsWith("-")) {
                    if (!replacement.isEmpty()) {
                        throw new IllegalArgumentException(at + "the - lines (the text to replace) come before the + lines");
                    }
                    text.append(content).append('\n');
                } else {
                    replacement.append(content).append('\n');
                }
                continue;
            }
            if (file != null) {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException(at + "the edit of " + file + " has no - line: say which text it replaces");
                }
                edits.add(new Edit(file, text.toString(), replacement.toString()));
                file = null;
                text.setLength(0);
                replacement.setLength(0);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("edit ")) {
                file = line.substring("edit ".length()).strip();
                if (!file.matches("[A-Za-z_$][A-Za-z0-9_$]*\\.java")) {
                    throw new IllegalArgumentException(at + "'edit' names a .java file of the solution package, not " + file);
                }
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!edits.isEmpty() || !KEYS.contains(key)) {
                throw new IllegalArgumentException(at + "expected " + (edits.isEmpty() ? "a header line (" + String.join(
                        ", ", KEYS) + ": ...) or " : "") + "'edit FILE.java', not: " + line);
            }
            header.put(key, line.substring(colon + 1).strip());
        }
        List<String> required = new ArrayList<>(List.of("exercise"));
        required.addAll(kind.requiredKeys);
        if (!complete) {
            required.remove("mentions");
        }
        for (String key : required) {
            if (header.getOrDefault(key, "").isEmpty()) {
                throw new IllegalArgumentException(where + ": a " + kind.extension + " needs a '" + key + ":' line");
            }
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException(where + ": no 'edit FILE.java' block: what does this " + kind.extension
                    + " change?");
        }
        return new VariantEdits(name, kind, header.get("exercise"), Map.copyOf(header), List.copyOf(edits));
    }

    /**
     * The edit that replaces line {@code number} (1-based) of {@code lines} (the solution file {@code file})
     * with {@code replacement} ({@code null}: deletes it), with as many lines around it as make its text
     * occur once in the file.
     */
    static Edit replacingLine(String file, List<String> lines, int number, String replacement) {
        String whole = String.join("\n", lines) + "\n";
        int from = number - 1;
        int to = number;
        while (occurrences(whole, join(lines, from, to)) != 1 && (from > 0 || to < lines.size())) {
            from = Math.max(0, from - 1);
            to = Math.min(lines.size(), to + 1);
        }
        String replaced = join(lines, from, number - 1) + (replacement == null ? "" : replacement + "\n")
                + join(lines, number, to);
        return new Edit(file, join(lines, from, to), replaced);
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        lines.subList(from, to).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** How often {@code text} occurs in {@code solution} starting at a line's start, and where first (-1: nowhere). */
    private static int[] find(String solution, String text) {
        int first = -1;
        int count = 0;
        for (int at = solution.indexOf(text); at >= 0; at = solution.indexOf(text, at + 1)) {
            // Whole lines: a match that starts in the middle of a line is another text.
            if (at == 0 || solution.charAt(at - 1) == '\n') {
                first = count++ == 0 ? at : first;
            }
        }
        return new int[] {count, first};
    }

    private static int occurrences(String solution, String text) {
        return find(solution, text)[0];
    }

    /** The solution files this variant changes, in the order its edits name them. */
    List<String> files() {
        return edits.stream().map(Edit::file).distinct().toList();
    }

    /**
     * {@code solution} (the text of the solution's {@code file}) with this variant's edits of that file
     * made; an {@link IllegalStateException} names the variant and the edit that no longer applies.
     */
    String apply(String file, String solution) {
        record Spot(int start, int end, String replacement) {
        }
        List<Spot> spots = new ArrayList<>();
        for (Edit edit : edits) {
            if (!edit.file().equals(file)) {
                continue;
            }
            int[] found = find(solution, edit.text());
            int count = found[0];
            int first = found[1];
            if (count != 1) {
                throw new IllegalStateException(String.format("%s.%s no longer applies: the text it replaces occurs %d "
                        + "times in the solution's %s (it must occur once; has the solution changed?):%n%s",
                        name, kind.extension, count, file, edit.text().stripTrailing()));
            }
            spots.add(new Spot(first, first + edit.text().length(), edit.replacement()));
        }
        spots.sort(Comparator.comparingInt(Spot::start));
        StringBuilder result = new StringBuilder();
        int position = 0;
        for (Spot spot : spots) {
            if (spot.start() < position) {
                throw new IllegalStateException(name + "." + kind.extension + ": two edits of " + file + " overlap");
            }
            result.append(solution, position, spot.start()).append(spot.replacement());
            position = spot.end();
        }
        return result.append(solution.substring(position)).toString();
    }
}
