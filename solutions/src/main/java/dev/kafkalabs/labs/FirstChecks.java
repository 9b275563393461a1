package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * from a CI run's record kept with the launcher ({@value #SHIPPED}).
 */
final class FirstChecks {

    static final String FILE_NAME = "first-checks.tsv";
    private static final String SHIPPED = "mutant-first-checks.tsv";

    private final Path file;
    /** {@code EXERCISE<tab>MUTANT} to the check's JUnit unique id. */
    private final Map<String, String> checks = new TreeMap<>();

    private FirstChecks(Path file) {
        this.file = file;
    }

    /** The record in {@code runDir}, else the shipped one, else none. */
    static FirstChecks read(Path runDir) {
        FirstChecks record = new FirstChecks(runDir.resolve(FILE_NAME));
        try {
            if (Files.isRegularFile(record.file)) {
                record.add(Files.readAllLines(record.file, StandardCharsets.UTF_8));
            } else {
                try (InputStream shipped = FirstChecks.class.getResourceAsStream(SHIPPED)) {
                    if (shipped != null) {
                        record.add(new String(shipped.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                    }
                }
            }
        } catch (IOException e) {
            // Only an order: without it every check of a mutant runs in the checks' own order.
        }
        return record;
    }

    /** {@code CheckRunner}'s {@code --first-check} arguments for the mutants of {@code exerciseId}. */
    synchronized List<String> argumentsFor(String exerciseId) {
        List<String> arguments = new ArrayList<>();
        checks.forEach((key, check) -> {
            String[] exerciseAndMutant = key.split("\t");
            if (exerciseAndMutant[0].equals(exerciseId)) {
                arguments.add("--first-check");
                arguments.add(exerciseAndMutant[0] + "/" + exerciseAndMutant[1] + "=" + check);
            }
        });
        return arguments;
    }

    /** Lines {@code EXERCISE<tab>MUTANT<tab>CHECK_ID}, as {@code CheckRunner} printed them; any other line is passed over. */
    synchronized void add(List<String> lines) {
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && !line.startsWith("#")) {
                checks.put(fields[0] + "\t" + fields[1], fields[2]);
            }
        }
    }

    synchronized void write() {
        StringBuilder text = new StringBuilder();
        checks.forEach((key, check) -> text.append(key).append('\t').append(check).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not keep the checks that rejected the mutants in " + file + ": " + e.getMessage());
        }
    }
}
