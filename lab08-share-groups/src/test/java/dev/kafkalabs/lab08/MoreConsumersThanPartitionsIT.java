package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.QueueConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@ExerciseCheck("8.1")
class MoreConsumersThanPartitionsIT {

    private static final int JOBS = 60;
    private static final int CONSUMERS = 3;

    @Test
    void threeConsumersOnOnePartitionShareTheJobsAndProcessEachOnce(TestKafka kafka) {
        // Written before any consumer exists: the group must still deliver them.
        JobQueue queue = JobQueue.create(kafka, "lab08-queue", JOBS, ShareGroupSettings.none());
        String topic = queue.topic();
        String group = queue.group();

        Deliveries deliveries = new Deliveries();
        WorkerSetup setup = SmallBatches.of(WorkerSetup.of(topic, group, "worker"), 3);
        try (Crew crew = new Crew()) {
            for (int i = 1; i <= CONSUMERS; i++) {
                String name = "worker-" + i;
                crew.start(name, Variant.current().instantiate(QueueWorker.class, QueueConsumer.class,
                        setup.named(name), deliveries.recording(name, record -> Work.take(Duration.ofMillis(25)))));
            }
            FirstDelivery.awaitAny(crew, deliveries, " (a share group that starts at the latest offset skips the "
                    + "jobs written before its consumers started: set share.auto.offset.reset=earliest)",
                    failure -> failure);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                crew.throwIfFailed();
                assertThat(deliveries.distinctProcessed())
                        .as("jobs processed")
                        .isEqualTo(JOBS);
            });
        }
        DeliveryReport report = deliveries.processedLedger().report(JOBS);
        System.out.printf("8.1 deliveries per consumer: %s; %s%n", deliveries.perWorker(), report);
        assertThat(deliveries.perWorker()).as("deliveries per consumer: in a share group every consumer gets "
                        + "records from the one partition (a consumer group would give it to one member only)")
                .hasSize(CONSUMERS)
                .allSatisfy((worker, count) -> assertThat(count).isPositive());
        assertThat(deliveries.heldTwice()).as("jobs held by two consumers at the same moment").isEmpty();
        assertThat(report.exactlyOnce()).as("every job processed exactly once when every consumer accepts: %s",
                report).isTrue();
    }
}
