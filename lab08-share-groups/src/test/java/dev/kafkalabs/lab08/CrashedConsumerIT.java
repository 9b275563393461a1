package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
import dev.kafkalabs.lab08.solution.GroupSetup;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("8.4")
class CrashedConsumerIT {

    private static final int JOBS = 30;
    private static final int BATCH = 5;
    private static final Duration LOCK = Duration.ofSeconds(2);

    @Test
    void theJobsAKilledConsumerHeldComeBackToTheOthersAndNoneIsLost(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab08-crash", 1);
        String group = kafka.uniqueName("lab08-crash-group");
        Variant.current().instantiate(GroupConfigurer.class, GroupSetup.class)
                .configure(kafka.admin(), group, ShareGroupSettings.lockDuration(LOCK));
        NumberedRecords.produce(topic, JOBS);
        Path processedByDoomed = dir.resolve("doomed.txt");

        Deliveries survivor = new Deliveries();
        ChildJvm doomedJvm = ChildJvm.of(CrashDrill.class).args("--topic", topic, "--group", group,
                "--processed", processedByDoomed.toString(), "--freeze-at", "3", "--batch", String.valueOf(BATCH));
        try (ChildProcess doomed = doomedJvm.start();
             Crew crew = new Crew()) {
            String frozen = doomed.awaitOutput(CrashDrill.FROZEN, Duration.ofSeconds(60));
            long held = Long.parseLong(
                    frozen.substring(frozen.indexOf(CrashDrill.FROZEN) + CrashDrill.FROZEN.length()).trim());
            crew.start("survivor", Variant.current().instantiate(QueueWorker.class, CrashSafeConsumer.class,
                    SmallBatches.of(WorkerSetup.of(topic, group, "survivor"), BATCH),
                    survivor.recording("survivor", record -> Work.take(Duration.ofMillis(10)))));
            doomed.kill();
            long killedAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                crew.throwIfFailed();
                assertThat(survivor.of(held)).as("job-%d, held by the killed consumer, was never processed after the "
                        + "crash. Either it had been acknowledged before it was processed (the broker counted it "
                        + "done, and the crash lost it), or it came back with a delivery count above 1 and was "
                        + "skipped as a duplicate (a redelivery means the earlier attempt did not finish)", held)
                        .anyMatch(Deliveries.Delivery::processed);
                assertThat(report(processedByDoomed, survivor).missing()).as("jobs never processed").isZero();
            });
            Deliveries.Delivery back = survivor.of(held).get(0);
            DeliveryReport report = report(processedByDoomed, survivor);
            System.out.printf("8.4 killed holding job-%d; it came back to the survivor %d ms after the kill with "
                            + "delivery count %d (lock %d ms); doomed processed %s; %s%n", held,
                    (back.atNanos() - killedAt) / 1_000_000, back.deliveryCount(), LOCK.toMillis(),
                    CrashDrill.processed(processedByDoomed), report);
            assertThat(back.deliveryCount()).as("delivery count of job-%d when it came back", held).isGreaterThan(1);
            assertThat(report.missing()).as("jobs lost in the crash (%s)", report).isZero();
            assertThat(report.duplicates()).as("jobs done twice: at most what the killed consumer had done but not "
                    + "yet acknowledged (%s)", report).isLessThanOrEqualTo(BATCH);
        }
    }

    private static DeliveryReport report(Path processedByDoomed, Deliveries survivor) {
        DeliveryLedger ledger = survivor.processedLedger();
        List<Long> doomed = CrashDrill.processed(processedByDoomed);
        ledger.recordAll(doomed);
        return ledger.report(JOBS);
    }
}
