package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.CheckResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student loop's check path on the fixture lab, for the faults a student meets: a starter that does
 * not compile, one that hangs, and one that is right - each against a real broker.
 */
class ExerciseChecksIT {

    /** Short, for the starter that hangs; the other checks get the student default (a loaded machine is slow). */
    private static final int HANG_LIMIT_SECONDS = 5;

    @RegisterExtension
    static final StudentBroker broker = new StudentBroker();

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void aStarterThatDoesNotCompileShowsTheCompilersLinesAndNothingRuns() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        replaceBody(lab.starter("Greeting"), "return 42;");

        boolean compiled = checks(lab, ExerciseChecks.TIME_LIMIT_SECONDS).prepare(FixtureLab.MODULE);

        assertThat(compiled).isFalse();
        assertThat(printed()).contains("Your code does not compile yet:",
                "lab99-fixture/src/main/java/dev/kafkalabs/fixture/starter/Greeting.java:10: error: incompatible types",
                "1 error").doesNotContain("\tat ");
    }

    @Test
    void aStarterThatHangsIsStoppedAtTheTimeLimitWithTheChecksName() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        replaceBody(lab.starter("Greeting"), "while (true) { java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L); }");

        List<CheckResult> results = run(lab, "9.1", HANG_LIMIT_SECONDS);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.failed()).isTrue();
            assertThat(result.checkName()).isEqualTo("theGreetingTravelsThroughKafka(TestKafka)");
            assertThat(result.message()).contains("per-check time limit", "timed out after " + HANG_LIMIT_SECONDS + " seconds");
        });
    }

    @Test
    void aProducerThatCannotBeConstructedShowsItsRootCauseOnTheFailureLine() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        // delivery.timeout.ms must be at least linger.ms + request.timeout.ms (30 s by default).
        replaceBody(lab.starter("Greeting"), "try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, "
                + "String>(java.util.Map.of(\"bootstrap.servers\", \"127.0.0.1:9092\", \"key.serializer\", "
                + "\"org.apache.kafka.common.serialization.StringSerializer\", \"value.serializer\", "
                + "\"org.apache.kafka.common.serialization.StringSerializer\", \"linger.ms\", \"5000\", "
                + "\"delivery.timeout.ms\", \"1000\"))) { return \"hello\"; }");

        List<CheckResult> results = run(lab, "9.1", ExerciseChecks.TIME_LIMIT_SECONDS);
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        new Summary(lab.exercises().stream().filter(each -> each.id().equals("9.1")).toList(), results,
                id -> lab.exercises().stream().filter(each -> each.id().equals(id)).findFirst().orElseThrow())
                .print(new PrintStream(summary, true, StandardCharsets.UTF_8));

        assertThat(summary.toString(StandardCharsets.UTF_8)).as("what ./labs check prints")
                .contains("✗ 9.1", "Failed to construct kafka producer (cause: ConfigException: delivery.timeout.ms "
                        + "should be equal to or larger than linger.ms + request.timeout.ms)");
    }

    @Test
    void aRightAnswerPassesAndOnlyThatExercisesChecksRun() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        replaceBody(lab.starter("Greeting"), "return \"hello\";");

        List<CheckResult> results = run(lab, "9.1", ExerciseChecks.TIME_LIMIT_SECONDS);

        assertThat(results).as("outcomes: %s", results).extracting(CheckResult::exerciseId, CheckResult::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("9.1", "SUCCESSFUL"));
    }

    private List<CheckResult> run(FixtureLab lab, String exercise, int timeLimitSeconds) throws Exception {
        ExerciseChecks checks = checks(lab, timeLimitSeconds);
        assertThat(checks.prepare(FixtureLab.MODULE)).as("the fixture compiles: %s", printed()).isTrue();
        try (CheckJvm jvm = checks.standby(FixtureLab.MODULE, broker.bootstrapServers())) {
            Optional<List<CheckResult>> results = checks.run(jvm, Variant.STARTER,
                    List.of(lab.exercises().stream().filter(each -> each.id().equals(exercise)).findFirst().orElseThrow()));
            assertThat(results).as("the checks ran: %s", printed()).isPresent();
            return results.get();
        }
    }

    private ExerciseChecks checks(FixtureLab lab, int timeLimitSeconds) {
        return new ExerciseChecks(new LabsHome(home), lab.build(), new PrintStream(output, true, StandardCharsets.UTF_8),
                timeLimitSeconds);
    }

    private static void replaceBody(Path starter, String body) throws Exception {
        String source = Files.readString(starter);
        Files.writeString(starter, source.replaceAll("(?m)^(\\s*)throw new UnsupportedOperationException.*$",
                "$1" + java.util.regex.Matcher.quoteReplacement(body)));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
