package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutantChecksTest {

    @Test
    void theProblemsOfAnExerciseAreItsCrossedVerdictsWithTheTwoLinesUnderEachAndItsDefectLines() {
        String output = """
                ==> Checking the wrong answer mutant:a of 7.4, not your code.
                ✓ 7.4   a                              rejected    9 s
                        misconception: first
                        failure of a
                ✗ 7.4   b                              UNNAMED    12 s
                        misconception: second
                        rejected, but no failure message mentions "x"; first: timed out
                DEFECT 7.4   has 2 mutant(s); every exercise needs at least 3 wrong answers to reject.
                  7.4    b                                ✗ UNNAMED
                """;

        assertThat(MutantChecks.problemLines(output)).containsExactly(
                "✗ 7.4   b                              UNNAMED    12 s",
                "        misconception: second",
                "        rejected, but no failure message mentions \"x\"; first: timed out",
                "DEFECT 7.4   has 2 mutant(s); every exercise needs at least 3 wrong answers to reject.");
    }

    @Test
    void anExerciseWithoutProblemsHasNone() {
        assertThat(MutantChecks.problemLines("✓ 3.1   a   rejected   2 s\n        misconception: m\n        f\n")).isEmpty();
    }

    @Test
    void anExerciseThatTookAboutTwiceThePartLengthOrMoreIsSplitIntoParts() {
        Exercise exercise = new Exercise("10.5", "Distributed Connect", Object.class, "#105", List.of(), List.of());

        assertThat(MutantChecks.sharesOf(exercise, 0)).extracting(MutantChecks.Share::label).containsExactly("10.5");
        assertThat(MutantChecks.sharesOf(exercise, MutantChecks.PART_SECONDS * 3 / 2 - 1)).hasSize(1);
        assertThat(MutantChecks.sharesOf(exercise, MutantChecks.PART_SECONDS * 2)).extracting(MutantChecks.Share::label)
                .containsExactly("10.5 (part 1 of 2)", "10.5 (part 2 of 2)");
        assertThat(MutantChecks.sharesOf(exercise, MutantChecks.PART_SECONDS * 10)).hasSize(MutantChecks.MAX_PARTS)
                .extracting(MutantChecks.Share::fileName).containsExactly("10.5-part1", "10.5-part2", "10.5-part3");
    }
}
