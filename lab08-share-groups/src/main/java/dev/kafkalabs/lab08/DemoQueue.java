package dev.kafkalabs.lab08;

import dev.kafkalabs.lab08.solution.GroupSetup;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * What every demo of this lab starts with: a fresh one-partition topic full of jobs, and a fresh share
 * group configured (through the exercise's {@code GroupSetup}) before any consumer starts.
 *
 * @param topic the topic's name
 * @param group the share group's id
 * @param jobs  how many jobs the topic holds
 */
public record DemoQueue(String topic, String group, int jobs) {

    /** Creates the topic and the group, writes {@code jobs} jobs, and says so. */
    public static DemoQueue create(String prefix, int jobs, Map<String, String> groupSettings) {
        String topic = Topics.createUnique(prefix, 1);
        String group = Topics.uniqueName(prefix + "-group");
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            Variant.current().instantiate(GroupConfigurer.class, GroupSetup.class)
                    .configure(admin, group, groupSettings);
        }
        NumberedRecords.produce(topic, jobs);
        System.out.printf("Topic %s (1 partition) holds job-0 .. job-%d; share group %s%s.%n", topic, jobs - 1, group,
                groupSettings.isEmpty() ? "" : " with " + groupSettings);
        return new DemoQueue(topic, group, jobs);
    }

    public WorkerSetup worker(String name, int batch) {
        return SmallBatches.of(WorkerSetup.of(topic, group, name), batch);
    }

    /**
     * Waits until {@code done} or {@code timeout}, whichever comes first, and whether a worker of
     * {@code crew} failed; returns true when done.
     */
    public static boolean awaitDone(BooleanSupplier done, Crew crew, Duration timeout) {
        Waiting.until(timeout, () -> done.getAsBoolean() || crew.firstFailure() != null);
        crew.throwIfFailed();
        if (!done.getAsBoolean()) {
            System.out.printf("Not done after %d s: see what the lines above show.%n", timeout.toSeconds());
        }
        return done.getAsBoolean();
    }
}
