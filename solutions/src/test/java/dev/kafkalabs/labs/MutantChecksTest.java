package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

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
}
