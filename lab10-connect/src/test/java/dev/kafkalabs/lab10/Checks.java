package dev.kafkalabs.lab10;

import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the lab 10 checks share. */
final class Checks {

    /** How long a check waits for records or lines that a correct answer delivers in a second or two. */
    static final Duration WAIT = Duration.ofSeconds(45);

    private Checks() {
    }

    /** The shipped worker settings, for the checks' broker, with the offsets file in {@code directory}, any REST port. */
    static Map<String, String> workerSettings(Path directory) {
        return ConnectConfig.inProcessWorker(directory, OptionalInt.of(0));
    }

    /** A correct file source configuration, independent of the exercise code. */
    static Map<String, String> sourceConfig(String name, Path file, String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("name", name);
        config.put("connector.class", "FileStreamSource");
        config.put("tasks.max", "1");
        config.put("file", file.toAbsolutePath().toString());
        config.put("topic", topic);
        return config;
    }

    /** A correct file sink configuration, independent of the exercise code. */
    static Map<String, String> sinkConfig(String name, Path file, String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("name", name);
        config.put("connector.class", "FileStreamSink");
        config.put("tasks.max", "1");
        config.put("file", file.toAbsolutePath().toString());
        config.put("topics", topic);
        return config;
    }

    /**
     * Runs a call of the exercise code that makes REST requests; when the worker refuses one, fails with
     * {@code why} (the misconception that leads there) and the worker's own answer. Anything else the
     * call throws (a TODO, a bug) goes through unchanged.
     */
    static void acceptedByTheWorker(RestCall call, String why, Object... whyArguments) throws Exception {
        try {
            call.run();
        } catch (ConnectRestException refused) {
            throw new AssertionError(String.format(why, whyArguments) + "\nThe worker answered: "
                    + refused.getMessage(), refused);
        }
    }

    /** A call of the exercise code that makes REST requests. */
    @FunctionalInterface
    interface RestCall {
        void run() throws Exception;
    }

    /** The values in {@code topic} once {@code expectedCount} have arrived (or {@link #WAIT} has passed). */
    static List<String> values(TestKafka kafka, String topic, int expectedCount) {
        return kafka.readAll(topic, new StringDeserializer(), new StringDeserializer(), expectedCount, WAIT)
                .stream().map(ConsumerRecord::value).toList();
    }
}
