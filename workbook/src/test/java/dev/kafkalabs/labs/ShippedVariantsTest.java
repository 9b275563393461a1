package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every lab's mutants, alternatives and equivalents ({@code src/test/variants}), and its red team's wrong
 * answers ({@code src/test/variants/redteam}), still apply to its solution: a solution changed under a
 * variant's edit fails here, naming the variant, instead of in the long mutant run of CI.
 */
class ShippedVariantsTest {

    private final Catalog catalog = Catalog.load();

    @Test
    void everyVariantAppliesToTheSolutionAndNamesAnExerciseOfItsLab() {
        List<String> problems = new ArrayList<>();
        int count = check(moduleDir -> VariantEdits.of(moduleDir), "", problems);

        assertThat(problems).as("variants that no longer apply").isEmpty();
        assertThat(count).as("variants found in the labs' %s", VariantEdits.DIRECTORY).isGreaterThan(100);
    }

    /**
     * The red team's wrong answers not shipped (run with {@code ./labs sweep LAB --variants DIR}): those the checks do
     * not reject with a message that names the mistake ({@code open:}), and those of the labs not moved yet. A wrong
     * answer given its {@code mentions:} line moves to {@code src/test/variants} (checked above, and run by every
     * {@code ./labs check --mutants}); a duplicate of a shipped mutant is deleted. 153 were here on 2026-12-06; 110
     * once labs 4, 5 and 6 had moved theirs, 73 once the other labs' duplicates of shipped mutants were deleted
     * (2026-12-07), 72 once 6.1's check_before_flush had a check that rejects it, 46 once labs 3 and 8 had moved
     * theirs (all but 3.7's open commit_async_first), 2 once labs 7, 10 and 11 had moved theirs and 6.2's duplicate
     * of a shipped equivalent was deleted: 3.7's commit_async_first and 11.4's rt114_driver_temp_file, both open
     * (not observable). Lower the floor when one moves, never to lose some.
     */
    @Test
    void everyRedTeamWrongAnswerStillApplies() {
        List<String> problems = new ArrayList<>();
        int count = check(moduleDir -> VariantEdits.in(moduleDir.resolve(VariantEdits.DIRECTORY).resolve("redteam"), false),
                "redteam/", problems);

        assertThat(problems).as("red-team wrong answers that no longer apply").isEmpty();
        assertThat(count).as("red-team wrong answers found").isGreaterThanOrEqualTo(2);
    }

    /** Applies every variant {@code read} finds in each lab; adds what is wrong to {@code problems}; returns the count. */
    private int check(Function<Path, List<VariantEdits>> read, String subdirectory, List<String> problems) {
        int count = 0;
        for (Lab lab : catalog.labs()) {
            Path moduleDir = WorkbookTree.root().resolve(lab.module());
            VariantClasses classes = new VariantClasses(moduleDir);
            Set<String> ids = lab.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
            for (VariantEdits variant : read.apply(moduleDir)) {
                count++;
                String where = lab.module() + "/" + VariantEdits.DIRECTORY + "/" + subdirectory + variant.name() + "."
                        + variant.kind().extension;
                if (!ids.contains(variant.exercise())) {
                    problems.add(where + ": exercise " + variant.exercise() + " is not one of " + lab.id() + "'s " + ids);
                }
                for (String file : variant.files()) {
                    try {
                        classes.source(variant, file);
                    } catch (IllegalStateException e) {
                        problems.add(where + ": " + e.getMessage());
                    }
                }
            }
        }
        return count;
    }
}
