package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    @Test
    void theShortExercisesOfALabShareAJvmUpToTheGroupsSecondsAndTheLongestJvmsStartFirst() {
        List<Exercise> exercises = Stream.of("5.1", "5.2", "5.3", "5.4", "5.6", "6.1").map(MutantChecksTest::exercise).toList();
        Map<String, Long> lastTimes = Map.of("5.1", 14L, "5.2", 40L, "5.3", 130L, "5.6", 170L, "6.1", 17L);

        List<MutantChecks.Share> shares = MutantChecks.sharesOf(exercises, exercise -> "lab0" + exercise.id().charAt(0),
                lastTimes, MutantChecks.GROUP_SECONDS);

        // 5.6 is long enough to run alone; 5.3 and 5.1 fit in one JVM (144 s), 5.2 does not fit beside them; 6.1 is of
        // another lab; 5.4 has no time on record.
        assertThat(shares).extracting(MutantChecks.Share::label).containsExactly("5.6", "5.1, 5.3", "5.2", "6.1", "5.4");
        assertThat(shares.get(1).fileName()).isEqualTo("5.1+5.3");
        assertThat(MutantChecks.GROUP_SECONDS).isLessThan(MutantChecks.PART_SECONDS);
    }

    @Test
    void withoutGroupingEveryExerciseRunsAloneAndALongOneIsStillSplit() {
        List<Exercise> exercises = Stream.of("3.1", "3.6").map(MutantChecksTest::exercise).toList();

        List<MutantChecks.Share> shares = MutantChecks.sharesOf(exercises, exercise -> "lab03",
                Map.of("3.1", 14L, "3.6", MutantChecks.PART_SECONDS * 2L), 0);

        assertThat(shares).extracting(MutantChecks.Share::label)
                .containsExactly("3.6 (part 1 of 2)", "3.6 (part 2 of 2)", "3.1");
    }

    @Test
    void eachExercisesSecondsAndDefectsAreReadFromItsLine() {
        Map<String, MutantChecks.ExerciseOutcome> parsed = MutantChecks.parseExerciseLines(
                List.of("5.1\t14\t0", "5.3\t100\t2", "garbled"));

        assertThat(parsed).containsOnlyKeys("5.1", "5.3");
        assertThat(parsed.get("5.3")).isEqualTo(new MutantChecks.ExerciseOutcome(100, 2));
    }

    private static Exercise exercise(String id) {
        return new Exercise(id, "Exercise " + id, Object.class, "#" + id, List.of(), List.of());
    }
}
