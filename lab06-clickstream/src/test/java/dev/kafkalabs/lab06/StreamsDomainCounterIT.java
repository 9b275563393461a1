package dev.kafkalabs.lab06;

import dev.kafkalabs.lab06.demo.StreamsCountProgram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.support.clicks.ClickCounter;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 6.3 against the real broker: exactly-once counts survive a hard kill (SIGKILL, no shutdown hook, no
 * close()) of the Streams application in the middle of the stream and a restart.
 */
@ExerciseCheck("6.3")
class StreamsDomainCounterIT {

    private static final Pattern PROCESSED = Pattern.compile("processed (\\d+) events");
    private static final int FIRST_HALF = 20_000;
    private static final int SECOND_HALF = 10_000;
    private static final int SEND_RATE = 5_000;
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(240);

    @Test
    void countsEqualTheGroundTruthExactlyAfterAHardKillAndARestart(TestKafka kafka, @TempDir Path stateDir)
            throws Exception {
        String input = kafka.createTopic("lab06-streams-in", 3);
        String output = kafka.uniqueName("lab06-streams-counts");
        String deadLetters = kafka.uniqueName("lab06-streams-dlq");
        String applicationId = kafka.uniqueName("lab06-streams");
        List<byte[]> malformed = List.copyOf(MalformedSamples.all().values());
        List<byte[]> first = Clickstreams.mixed(Clickstreams.generated(31, FIRST_HALF), malformed);
        List<byte[]> second = Clickstreams.mixed(Clickstreams.generated(32, SECOND_HALF), malformed);
        Clickstreams.send(kafka, input, first);

        long processedWhenKilled;
        long sentWhenKilled;
        AtomicLong sentOfSecond = new AtomicLong();
        CompletableFuture<Void> sendingSecond;
        try (ChildProcess app = ChildJvm.of(StreamsCountProgram.class)
                .args("--topic", input, "--output-topic", output, "--dead-letter-topic", deadLetters,
                        "--application-id", applicationId, "--state-dir", stateDir.toString(), "--from-beginning",
                        "--refresh", "1")
                .start()) {
            String line = app.awaitLine(text -> processed(text) > 0, "a 'processed N events' line with N > 0",
                    Duration.ofSeconds(60));
            processedWhenKilled = processed(line);
            // Kill it while new events are streaming in, so that it dies in the middle of a transaction.
            sendingSecond = CompletableFuture.runAsync(() -> sendPaced(kafka, input, second, sentOfSecond));
            await().atMost(Duration.ofSeconds(30)).until(() -> sentOfSecond.get() >= second.size() / 4 || sendingSecond.isDone());
            app.kill();
            sentWhenKilled = sentOfSecond.get();
        }
        sendingSecond.get(60, TimeUnit.SECONDS);

        // Restarted with the same application id and state directory, it stops once it has had nothing to do
        // for IDLE: no record in, no count out, while running (restoring its state after the crash does not count).
        ClickCounter restarted = new StreamsCountProgram(new CounterOptions().topic(input).outputTopic(output)
                .deadLetterTopic(deadLetters).group(applicationId).stateDir(stateDir).fromBeginning(true)
                .exitWhenIdle(IDLE));
        CompletableFuture<CountResult> restartedRun = CompletableFuture.supplyAsync(() -> {
            try {
                return restarted.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        CountResult result;
        try {
            result = restartedRun.get(RESTART_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            restarted.stop();
            throw new AssertionError("The restarted application did not finish within " + RESTART_LIMIT.toSeconds()
                    + " s: it should restore its state, count the rest of the input and then have nothing to do for "
                    + IDLE.toSeconds() + " s", e);
        }

        List<byte[]> all = new ArrayList<>(first);
        all.addAll(second);
        CountResult truth = CountResult.of(all);
        assertThat(sentWhenKilled).as("events of the second half sent when the first instance was killed "
                + "(it had reported %,d processed): the kill came mid-stream", processedWhenKilled)
                .isLessThan(second.size());
        assertThat(result.counts()).as("committed counts in %s after kill -9 and restart (ground truth: %,d events): "
                + "with exactly-once each event counts once; under at-least-once events processed again after the crash are counted twice",
                output, truth.valid()).isEqualTo(truth.counts());
        assertThat(result.malformed()).as("committed dead letters in %s: each malformed record exactly once", deadLetters)
                .isEqualTo(truth.malformed());
    }

    /** Sends {@code values} at about {@value #SEND_RATE} per second, counting them in {@code sent}. */
    private static void sendPaced(TestKafka kafka, String topic, List<byte[]> values, AtomicLong sent) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            Pacer pacer = new Pacer(SEND_RATE);
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (byte[] value : values) {
                sends.add(producer.send(new ProducerRecord<>(topic, value)));
                pacer.await(sent.incrementAndGet());
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Sending the second half failed: " + e.getMessage(), e);
        }
    }

    private static long processed(String line) {
        Matcher matcher = PROCESSED.matcher(line);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
