package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./labs watch} as a student meets it, on the fixture lab (9.1, 9.2) in a temporary workbook,
 * with real file saves, the real compiler and a real broker: the untouched starter fails with its TODO,
 * a half-written save shows the compiler's line, a correct save passes, is recorded and the watch moves
 * on to 9.2; the broker dying is noticed and replaced; stopping ends the loop.
 */
class WatchCommandIT {

    private static final Duration VERDICT = Duration.ofSeconds(120);

    /** For the tests that leave the broker running; the one that stops its broker starts its own. */
    @RegisterExtension
    static final StudentBroker sharedBroker = new StudentBroker();

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private WatchCommand watch;
    private CompletableFuture<Integer> running;

    @AfterEach
    void stopWatching() throws Exception {
        if (watch != null) {
            watch.stop();
            assertThat(running.get(30, TimeUnit.SECONDS)).as("exit code of the stopped watch").isZero();
        }
    }

    @Test
    void aSaveIsCompiledCheckedRecordedAndTheWatchMovesOn() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        try {
            start(lab, broker.bootstrapServers(), false);

            awaitOutput("✗ 9.1", "Lab 9.1: greet the reader", "hint: ./labs hint 9.1", "Waiting for you to save");

            save(lab.starter("Greeting"), "return \"hel");
            awaitOutput("Greeting.java:10: error:", "does not compile yet");
            assertThat(printed()).as("a compile error is the compiler's lines, not a stack trace")
                    .doesNotContain("\tat ", "Exception in thread");

            broker.close();
            save(lab.starter("Greeting"), "return \"hello\";");
            awaitOutput("stopped answering: starting a new one", "✓ 9.1", "Next: 9.2 Farewell", "✗ 9.2",
                    "Lab 9.2: say goodbye");
        } finally {
            broker.close();
        }
        Progress progress = Progress.load(new LabsHome(home));
        assertThat(progress.passes("9.1")).as("9.1 recorded as passing").isTrue();
        assertThat(progress.firstPassed("9.1")).as("when 9.1 first passed").isPresent();
        assertThat(progress.passes("9.2")).as("9.2 recorded as not passing").isFalse();

        watch.stop();
        assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
        watch = null;
        assertThat(printed()).contains("Stopped the broker this watch started.", "Stopped watching.");
    }

    @Test
    void pollingModificationTimesAlsoSeesASave() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        start(lab, sharedBroker.bootstrapServers(), true);
        awaitOutput("✗ 9.1", "Waiting for you to save");

        save(lab.starter("Greeting"), "return \"hello\";");
        awaitOutput("✓ 9.1", "✗ 9.2");
    }

    private void start(FixtureLab lab, String bootstrap, boolean polling) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        watch = new WatchCommand(lab.catalog(), new LabsHome(home), lab.build(), out, bootstrap).polling(polling);
        running = CompletableFuture.supplyAsync(() -> watch.watch(List.of(lab.exercises().get(0))));
    }

    /** Writes the starter with its TODO line replaced by {@code body}, as an editor saves it. */
    private static void save(Path starter, String body) throws Exception {
        String source = Files.readString(starter);
        String withBody = source.replaceAll("(?m)^(\\s*)(throw new UnsupportedOperationException|return ).*$",
                "$1" + java.util.regex.Matcher.quoteReplacement(body));
        Files.writeString(starter, withBody);
    }

    private void awaitOutput(String... expected) {
        await().atMost(VERDICT).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(printed()).as("what ./labs watch printed").contains(expected));
    }

    private String printed() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }
}
