package dev.kafkalabs.labs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The check that rejected each mutant last time, so that {@code ./labs check --mutants} runs it first, alone
 * ({@code CheckRunner --first-check}); the mutant's other checks run only when it does not reject the mutant
 * any more. A mutant's run always stopped at the first failure naming its misconception: this makes that
 * failure come first, instead of after the checks that pass on the mutant. Only an order: the verdict is
 * still what a check said about the mutant in this run.
 *
 * <p>Kept in {@value #FILE_NAME} beside the exercises' times; a run with none of its own (a fresh clone) starts
 * from a CI run's record kept with the launcher ({@value #SHIPPED}). A run writes back the record as it is on disk
 * then, with what this run learned on top: two runs side by side in one tree (two labs' mutants in two terminals)
 * each keep what they learned, instead of the one that ends last writing over the other's.
 */
final class FirstChecks {

    static final String FILE_NAME = "first-checks.tsv";
    private static final String SHIPPED = "mutant-first-checks.tsv";

    private final Path file;
    /** Exercise id to mutant name to the check's JUnit unique id. */
    private final Map<String, Map<String, String>> checks = new TreeMap<>();
    /** What this run's checks reported ({@link #learn}): written over the record on disk at the end. */
    private final Map<String, Map<String, String>> learned = new TreeMap<>();

    private FirstChecks(Path file) {
        this.file = file;
    }

    /** The record in {@code runDir}, else the shipped one, else none. */
    static FirstChecks read(Path runDir) {
        FirstChecks record = new FirstChecks(runDir.resolve(FILE_NAME));
        add(record.checks, RunRecord.lines(record.file, SHIPPED));
        return record;
    }

    /** {@code CheckRunner}'s {@code --first-check} arguments for the mutants of {@code exerciseId}. */
    synchronized List<String> argumentsFor(String exerciseId) {
        List<String> arguments = new ArrayList<>();
        checks.getOrDefault(exerciseId, Map.of()).forEach((mutant, check) -> {
            arguments.add("--first-check");
            arguments.add(exerciseId + "/" + mutant + "=" + check);
        });
        return arguments;
    }

    /** What a mutant run's {@code CheckRunner} printed: the check that rejected each mutant, for the next run. */
    synchronized void learn(List<String> lines) {
        add(checks, lines);
        add(learned, lines);
    }

    /** The record on disk now (another run may have written it since this one read it), and this run's on top. */
    synchronized void write() {
        Map<String, Map<String, String>> record = new TreeMap<>();
        add(record, RunRecord.lines(file, SHIPPED));
        learned.forEach((exercise, mutants) -> record.computeIfAbsent(exercise, id -> new TreeMap<>()).putAll(mutants));
        StringBuilder text = new StringBuilder();
        record.forEach((exercise, mutants) -> mutants.forEach((mutant, check) ->
                text.append(exercise).append('\t').append(mutant).append('\t').append(check).append('\n')));
        RunRecord.write(file, text, "the checks that rejected the mutants");
    }

    /** Lines {@code EXERCISE<tab>MUTANT<tab>CHECK_ID}, as {@code CheckRunner} prints them; any other line is passed over. */
    private static void add(Map<String, Map<String, String>> into, List<String> lines) {
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && !line.startsWith("#")) {
                into.computeIfAbsent(fields[0], exercise -> new TreeMap<>()).put(fields[1], fields[2]);
            }
        }
    }
}
