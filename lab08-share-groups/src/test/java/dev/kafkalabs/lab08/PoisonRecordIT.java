package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.lab08.solution.RetryPolicy;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

@ExerciseCheck("8.3")
class PoisonRecordIT {

    private static final int JOBS = 20;
    private static final int DELIVERY_LIMIT = 4;
    private static final long POISON = 7;
    private static final long FLAKY = 12;
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Test
    void aPoisonRecordIsTriedUpToTheLimitThenGivenUpWhileTheRestFlows(TestKafka kafka) {
        JobQueue queue = JobQueue.create(kafka, "lab08-poison", JOBS, ShareGroupSettings.deliveryCountLimit(DELIVERY_LIMIT));
        String topic = queue.topic();
        String group = queue.group();

        Deliveries deliveries = new Deliveries();
        RecordHandler work = record -> {
            long job = NumberedRecords.number(record);
            if (job == POISON || (job == FLAKY && record.deliveryCount().orElse((short) 1) == 1)) {
                throw new ProcessingFailedException("job-" + job + " failed");
            }
        };
        Map<Long, Integer> deadLetters = new ConcurrentHashMap<>();
        DeadLetters noteDeadLetter = (record, failure) -> deadLetters.put(NumberedRecords.number(record),
                record.deliveryCount().map(Short::intValue).orElse(-1));
        OutcomeHandler yours = Variant.current().instantiate(OutcomeHandler.class, RetryPolicy.class,
                deliveries.recording("worker", work), DELIVERY_LIMIT, noteDeadLetter);
        // What the policy answers, per job: a DONE swapped for UNPROCESSABLE (REJECT) keeps a record from coming
        // back as ACCEPT does, so only the answer itself shows it.
        Map<Long, List<Outcome>> answers = new ConcurrentHashMap<>();
        OutcomeHandler policy = record -> {
            Outcome outcome = yours.handle(record);
            answers.computeIfAbsent(NumberedRecords.number(record), job -> new CopyOnWriteArrayList<>()).add(outcome);
            return outcome;
        };
        try (Crew crew = new Crew()) {
            crew.start("worker", Variant.current().instantiate(QueueWorker.class, AcknowledgingConsumer.class,
                    SmallBatches.of(WorkerSetup.of(topic, group, "worker"), 4), policy));
            FirstDelivery.awaitAny(crew, deliveries, "", failure -> failure);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                crew.throwIfFailed();
                assertThat(deadLetters).as("dead letters (job -> the delivery it was given up on): a job given up "
                        + "on before its last allowed delivery (%d) was given up on too early; a failure may be "
                        + "transient, RELEASE it to be tried again", DELIVERY_LIMIT)
                        .allSatisfy((job, delivery) -> assertThat(delivery).isEqualTo(DELIVERY_LIMIT));
                assertThat(deliveries.of(FLAKY)).as("deliveries of job-%d, which fails on its first delivery only: a "
                        + "failed record must be RELEASEd to be tried again, not ACCEPTed as if it were processed",
                        FLAKY).anyMatch(Deliveries.Delivery::processed);
                assertThat(deliveries.distinctProcessed()).as("jobs processed: all but the poison record, which "
                        + "must not hold up the rest").isEqualTo(JOBS - 1);
            });
            // A RELEASEd record comes back at once: a few quiet seconds show what does not come back.
            deliveries.awaitQuiet(QUIET, Duration.ofSeconds(20));
        }
        List<Integer> poisonCounts = deliveries.of(POISON).stream().map(Deliveries.Delivery::deliveryCount).toList();
        System.out.printf("8.3 delivery counts of the poison record job-%d: %s; dead letters %s; deliveries per job "
                + "otherwise 1 (job-%d: %d)%n", POISON, poisonCounts, deadLetters, FLAKY, deliveries.of(FLAKY).size());
        assertThat(poisonCounts).as("delivery counts of the poison record job-%d: delivered at most "
                + "share.delivery.count.limit = %d times", POISON, DELIVERY_LIMIT)
                .containsExactly(1, 2, 3, 4);
        assertThat(deadLetters).as("dead letters: the poison record job-%d was never given up on - RELEASEd on every "
                        + "failure, it was archived silently by the broker at the limit and nobody was told; REJECT "
                        + "it and note it as a dead letter on its last allowed delivery", POISON)
                .containsOnlyKeys(POISON);
        assertThat(deliveries.distinctProcessed()).as("jobs processed: all but the poison record, which did not "
                + "hold up the rest").isEqualTo(JOBS - 1);
        assertThat(deliveries.of(FLAKY)).as("deliveries of job-%d (fails once, then works)", FLAKY).hasSize(2);
        answers.forEach((job, outcomes) -> assertThat(outcomes.get(outcomes.size() - 1))
                .as("the policy's last answer for job-%d (all answers: %s): a job whose work succeeded is DONE "
                        + "(ACCEPT) - UNPROCESSABLE (REJECT) would keep it from coming back too, but tells the broker "
                        + "it could not be processed", job, outcomes)
                .isEqualTo(job == POISON ? Outcome.UNPROCESSABLE : Outcome.DONE));
    }
}
