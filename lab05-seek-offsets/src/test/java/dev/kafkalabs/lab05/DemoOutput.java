package dev.kafkalabs.lab05;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.junit.TestKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.apache.kafka.common.KafkaException;

/**
 * Runs an exercise's program in this JVM and returns what it printed. The programs are shared runners:
 * they pick the variant under check themselves ({@code -Dlab.variant}).
 */
final class DemoOutput {

    private DemoOutput() {
    }

    /** The program finds the checks' broker the way {@code ./labs run} hands it one: the system property. */
    static String of(TestKafka kafka, Class<?> runner, String... args) throws Exception {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, kafka.bootstrapServers());
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, UTF_8)) {
            System.setOut(capture);
            MainRunner.run(runner, args);
        } catch (KafkaException e) {
            // A rebalance listener's exception reaches poll()'s caller wrapped: report a starter's TODO as is.
            if (e.getCause() instanceof UnsupportedOperationException todo) {
                throw todo;
            }
            throw e;
        } finally {
            System.setOut(original);
        }
        String output = buffer.toString(UTF_8);
        original.print(output);
        return output;
    }
}
