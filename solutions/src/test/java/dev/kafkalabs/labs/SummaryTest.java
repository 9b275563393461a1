package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.junit.CheckResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final Exercise PRODUCER = new Exercise("3.1", "Simple producer", Object.class, "lab03/README.md#31",
            List.of(), List.of());
    private static final Exercise CONSUMER = new Exercise("3.2", "Consumer", Object.class, "lab03/README.md#32",
            List.of(), List.of("3.1"));

    @Test
    void aFailingExerciseShowsTheStartersTodoLineAndTheGuideSection() {
        Summary summary = new Summary(List.of(PRODUCER, CONSUMER), List.of(
                new CheckResult("3.1", "FAILED", "sends()", "Child exited early. Its last output:\n"
                        + "  | Exception in thread \"main\" java.lang.UnsupportedOperationException: Lab 3.1: send it\n  | at x"),
                new CheckResult("3.2", "SUCCESSFUL", "polls()", "")), SummaryTest::byId);

        String printed = print(summary);

        assertThat(printed).contains("✗ 3.1", "sends(): Lab 3.1: send it", "read: lab03/README.md#31",
                "✓ 3.2", "1 of 2 exercises pass.");
        assertThat(summary.allPass()).isFalse();
    }

    @Test
    void aFailureOnAnEarlierExercisesTodoPointsToThatExercise() {
        Summary summary = new Summary(List.of(CONSUMER), List.of(new CheckResult("3.2", "FAILED", "polls()",
                "Child exited early. Its last output:\n  | java.lang.UnsupportedOperationException: Lab 3.1: send it")),
                SummaryTest::byId);

        assertThat(print(summary)).contains("✗ 3.2", "polls(): Lab 3.1: send it",
                "3.2 runs 3.1's code, which is not done yet: do 3.1 first", "read: lab03/README.md#31",
                "hint: ./labs hint 3.1");
    }

    @Test
    void aFailedAssertionShowsItsExpectedAndActualValuesOnTheLine() {
        Summary summary = new Summary(List.of(PRODUCER), List.of(new CheckResult("3.1", "FAILED", "durable()",
                "[outcome of a send with acks=all]\nexpected: NOT_DURABLE\n but was: FAILED")), SummaryTest::byId);

        assertThat(print(summary)).contains(
                "durable(): [outcome of a send with acks=all] expected: NOT_DURABLE but was: FAILED");
    }

    @Test
    void expectFailFlagsAStarterThatPassesAndAnExerciseWithoutChecks() {
        Summary summary = new Summary(List.of(PRODUCER, CONSUMER),
                List.of(new CheckResult("3.1", "SUCCESSFUL", "sends()", "")), SummaryTest::byId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean ok = summary.everyExerciseFails(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(ok).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("DEFECT: 3.1 Simple producer passes its checks", "DEFECT: 3.2 Consumer has no checks");
    }

    @Test
    void expectFailAcceptsStartersThatAllFail() {
        Summary summary = new Summary(List.of(PRODUCER), List.of(new CheckResult("3.1", "FAILED", "sends()", "boom")),
                SummaryTest::byId);

        assertThat(summary.everyExerciseFails(new PrintStream(new ByteArrayOutputStream()))).isTrue();
    }

    private static Exercise byId(String id) {
        return List.of(PRODUCER, CONSUMER).stream().filter(exercise -> exercise.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static String print(Summary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
