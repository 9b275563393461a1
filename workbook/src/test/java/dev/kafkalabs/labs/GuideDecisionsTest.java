package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exercise's guide section lists the decisions a student makes, each with the check that observes
 * it and the wrong answer (a shipped mutant) that proves it does: a table after the marker
 * {@code <!-- decisions: ID -->} in the lab's README, with four columns - the decision, the right choice,
 * what observes it, the wrong answers. The third column names checks as {@code `CheckClass.method`}, or
 * starts with {@code equivalent:}, {@code not observable:} or {@code not observed yet:} and says why. This
 * test fails when a named check or wrong answer does not exist, when a row that names checks names no
 * wrong answer they reject (a shipped mutant, or a red team's wrong answer not marked {@code open}), and
 * when a shipped mutant or equivalent of the exercise is in no row, or a red team's open one in no row
 * "not observed yet" or "not observable" (every wrong answer belongs to a decision, and what the checks miss
 * is said).
 */
class GuideDecisionsTest {

    static final Pattern MARKER = Pattern.compile("<!-- decisions: (\\S+) -->");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern CHECK = Pattern.compile("([A-Z]\\w*)\\.(\\w+)");
    private static final String NOT_OBSERVED_YET = "not observed yet:";
    private static final String NOT_OBSERVABLE = "not observable:";
    private static final List<String> UNOBSERVED = List.of("equivalent:", NOT_OBSERVABLE, NOT_OBSERVED_YET);

    private final Catalog catalog = Catalog.load();

    @Test
    void everyExerciseListsItsDecisionsWithExistingChecksAndWrongAnswers() {
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (Lab lab : catalog.labs()) {
            Path moduleDir = WorkbookTree.root().resolve(lab.module());
            Map<String, List<String[]>> tables = tables(moduleDir.resolve("README.md"), lab.module(), problems);
            for (Exercise exercise : lab.exercises()) {
                List<String[]> table = tables.remove(exercise.id());
                if (table == null) {
                    problems.add(lab.module() + "/README.md: no '<!-- decisions: " + exercise.id()
                            + " -->' table in " + exercise.id() + "'s section");
                    continue;
                }
                rows += table.size();
                problems.addAll(new ExerciseTable(moduleDir, lab.module(), exercise.id(), table).problems());
            }
            tables.keySet().forEach(id -> problems.add(lab.module() + "/README.md: a decisions table for " + id
                    + ", which is not an exercise of " + lab.id()));
        }

        assertThat(problems).as("the guides' decision tables").isEmpty();
        assertThat(rows).as("decisions listed in the guides").isGreaterThan(100);
    }

    /** The tables of one guide by exercise id, each row its cells without the outer bars. */
    private static Map<String, List<String[]>> tables(Path guide, String module, List<String> problems) {
        List<String> lines = read(guide);
        Map<String, List<String[]>> tables = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (!marker.matches()) {
                continue;
            }
            String id = marker.group(1);
            List<String[]> rows = new ArrayList<>();
            int row = i + 3; // the header and its separator line come first
            for (; row < lines.size() && lines.get(row).startsWith("|"); row++) {
                String line = lines.get(row).trim();
                String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
                if (cells.length != 4) {
                    problems.add(module + "/README.md:" + (row + 1) + ": " + cells.length + " cells, not 4");
                } else {
                    rows.add(cells);
                }
            }
            if (rows.isEmpty()) {
                problems.add(module + "/README.md:" + (i + 1) + ": the decisions table of " + id + " has no rows");
            }
            if (tables.put(id, rows) != null) {
                problems.add(module + "/README.md:" + (i + 1) + ": a second decisions table for " + id);
            }
        }
        return tables;
    }

    /** One exercise's table against its lab's check sources and variants. */
    private record ExerciseTable(Path moduleDir, String module, String id, List<String[]> rows) {

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            Map<String, VariantEdits.Kind> shipped = new HashMap<>();
            VariantEdits.of(moduleDir).stream().filter(v -> v.exercise().equals(id))
                    .forEach(v -> shipped.put(v.name(), v.kind()));
            Map<String, Boolean> redTeamOpen = new HashMap<>();
            Path redTeamDir = moduleDir.resolve(VariantEdits.DIRECTORY).resolve("redteam");
            if (Files.isDirectory(redTeamDir)) {
                VariantEdits.in(redTeamDir, false).stream().filter(v -> v.exercise().equals(id))
                        .forEach(v -> redTeamOpen.put(v.name(), v.open() != null));
            }
            Set<String> named = new TreeSet<>();
            Set<String> namedUnobservable = new TreeSet<>();
            for (String[] row : rows) {
                String where = module + "/README.md, " + id + " '" + row[0].trim() + "'";
                String observedBy = row[2].trim();
                List<String> wrongAnswers = codes(row[3]);
                named.addAll(wrongAnswers);
                for (String name : wrongAnswers) {
                    if (!shipped.containsKey(name) && !redTeamOpen.containsKey(name)) {
                        problems.add(where + ": no variant '" + name + "' of " + id + " in " + VariantEdits.DIRECTORY);
                    }
                }
                if (observedBy.startsWith(NOT_OBSERVED_YET) || observedBy.startsWith(NOT_OBSERVABLE)) {
                    namedUnobservable.addAll(wrongAnswers);
                }
                if (UNOBSERVED.stream().anyMatch(observedBy::startsWith)) {
                    continue;
                }
                List<String> checks = codes(observedBy);
                if (checks.isEmpty()) {
                    problems.add(where + ": names no `CheckClass.method` and does not start with one of " + UNOBSERVED);
                }
                checks.forEach(check -> checkExists(check, where, problems));
                if (wrongAnswers.stream().noneMatch(name -> shipped.get(name) == VariantEdits.Kind.MUTANT
                        || Boolean.FALSE.equals(redTeamOpen.get(name)))) {
                    problems.add(where + ": names no wrong answer the check rejects (a shipped mutant, or a red "
                            + "team's not marked open)");
                }
                wrongAnswers.stream().filter(name -> Boolean.TRUE.equals(redTeamOpen.get(name))).forEach(name ->
                        problems.add(where + ": the red team's '" + name + "' passes the checks (open:), yet the "
                                + "row says a check observes it"));
            }
            redTeamOpen.forEach((name, open) -> {
                if (open && !namedUnobservable.contains(name)) {
                    problems.add(module + "/README.md, " + id + ": the red team's '" + name + "' passes the checks "
                            + "(open:) and is in no row 'not observed yet' or 'not observable'");
                }
            });
            shipped.forEach((name, kind) -> {
                if (kind != VariantEdits.Kind.ALTERNATIVE && !named.contains(name)) {
                    problems.add(module + "/README.md, " + id + ": the " + kind.extension + " '" + name
                            + "' is in no row of the decisions table");
                }
            });
            return problems;
        }

        private void checkExists(String check, String where, List<String> problems) {
            Matcher matcher = CHECK.matcher(check);
            if (!matcher.matches()) {
                problems.add(where + ": '" + check + "' is not CheckClass.method");
                return;
            }
            Path source = sourceOf(matcher.group(1));
            if (source == null) {
                problems.add(where + ": no check class " + matcher.group(1) + " in " + module + "/src/test/java");
                return;
            }
            String text = String.join("\n", read(source));
            if (!text.contains("@ExerciseCheck(\"" + id + "\")")) {
                problems.add(where + ": " + matcher.group(1) + " is not a check of " + id);
            }
            if (!Pattern.compile("\\bvoid\\s+" + Pattern.quote(matcher.group(2)) + "\\s*\\(").matcher(text).find()) {
                problems.add(where + ": " + matcher.group(1) + " has no method " + matcher.group(2));
            }
        }

        private Path sourceOf(String className) {
            try (Stream<Path> files = Files.walk(moduleDir.resolve("src/test/java"))) {
                return files.filter(file -> file.getFileName().toString().equals(className + ".java")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1).trim());
        }
        return codes;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
