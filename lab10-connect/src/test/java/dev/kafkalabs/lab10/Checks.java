package dev.kafkalabs.lab10;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.TestKafka;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.connect.file.FileStreamSourceConnector;

/** What the lab 10 checks share. */
final class Checks {

    static final Duration WAIT = Duration.ofSeconds(60);

    private Checks() {
    }

    /** The shipped worker settings, for the checks' broker, with the offsets file in {@code directory}, any REST port. */
    static Map<String, String> workerSettings(Path directory) {
        return ConnectConfig.inProcessWorker(directory, OptionalInt.of(0));
    }

    /** The shipped file source configuration for {@code file} and {@code topic}. */
    static Map<String, String> sourceConfig(Path file, String topic) {
        Map<String, String> config = ConnectConfig.load(ConnectConfig.FILE_SOURCE);
        config.put(FileStreamSourceConnector.FILE_CONFIG, file.toAbsolutePath().toString());
        config.put(FileStreamSourceConnector.TOPIC_CONFIG, topic);
        return config;
    }

    /** The values in {@code topic} once {@code expectedCount} have arrived (or {@link #WAIT} has passed). */
    static List<String> values(TestKafka kafka, String topic, int expectedCount) {
        return kafka.readAll(topic, new StringDeserializer(), new StringDeserializer(), expectedCount, WAIT)
                .stream().map(ConsumerRecord::value).toList();
    }

    /** Calls the current variant's mirror of the static {@code solutionClass.method(arguments)}. */
    @SuppressWarnings("unchecked")
    static <T> T callStatic(Class<?> solutionClass, String method, Object... arguments) throws Exception {
        Class<?> type = Variant.current().resolve(solutionClass);
        Method target = Arrays.stream(type.getMethods())
                .filter(candidate -> candidate.getName().equals(method)
                        && candidate.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no public method " + method
                        + " with " + arguments.length + " parameters"));
        try {
            return (T) target.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
