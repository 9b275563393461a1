package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every lab's mutants and alternatives ({@code src/test/variants}) still apply to its solution: a solution
 * changed under a variant's edit fails here, naming the variant, instead of in the long mutant run of CI.
 */
class ShippedVariantsTest {

    private final Catalog catalog = Catalog.load();

    @Test
    void everyVariantAppliesToTheSolutionAndNamesAnExerciseOfItsLab() {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Lab lab : catalog.labs()) {
            VariantClasses classes = new VariantClasses(WorkbookTree.root().resolve(lab.module()));
            Set<String> ids = lab.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
            for (VariantEdits variant : VariantEdits.of(WorkbookTree.root().resolve(lab.module()))) {
                count++;
                String where = lab.module() + "/" + VariantEdits.DIRECTORY + "/" + variant.name() + "."
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
        assertThat(problems).as("variants that no longer apply").isEmpty();
        assertThat(count).as("variants found in the labs' %s", VariantEdits.DIRECTORY).isGreaterThan(100);
    }

    /**
     * The red team's wrong answers ({@code src/test/variants/redteam}, run with {@code ./labs sweep LAB
     * --variants DIR}) still apply too: they are the record of what was tried, and can be run again.
     */
    @Test
    void everyRedTeamWrongAnswerStillApplies() {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Lab lab : catalog.labs()) {
            VariantClasses classes = new VariantClasses(WorkbookTree.root().resolve(lab.module()));
            java.nio.file.Path dir = WorkbookTree.root().resolve(lab.module()).resolve(VariantEdits.DIRECTORY).resolve("redteam");
            for (VariantEdits variant : VariantEdits.in(dir, false)) {
                count++;
                for (String file : variant.files()) {
                    try {
                        classes.source(variant, file);
                    } catch (IllegalStateException e) {
                        problems.add(lab.module() + "/" + VariantEdits.DIRECTORY + "/redteam/" + variant.name()
                                + ".mutant: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).as("red-team wrong answers that no longer apply").isEmpty();
        assertThat(count).as("red-team wrong answers found").isGreaterThanOrEqualTo(135);
    }
}
