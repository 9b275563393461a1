package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.ListShareGroupOffsetsSpec;
import org.apache.kafka.clients.admin.SharePartitionOffsetInfo;
import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.clients.consumer.ShareConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

@ExerciseCheck("8.2")
class ExplicitAcknowledgementIT {

    private static final int JOBS = 12;
    private static final Duration QUIET = Duration.ofSeconds(2);

    /** Every fourth job, from 1 on, fails the first time (TRY_AGAIN_LATER) and succeeds the second time. */
    private static boolean retried(long job) {
        return job % 4 == 1;
    }

    /** Every fourth job, from 2 on, can never be processed (UNPROCESSABLE). */
    private static boolean unprocessable(long job) {
        return job % 4 == 2;
    }

    /** Kafka's words for acknowledge() on an implicit-mode consumer, with the misconception named. */
    private static String explainImplicitMode(String failure) {
        return failure.contains("Implicit acknowledgement")
                ? failure + " - acknowledge() was called on a consumer left in implicit mode: without "
                        + "share.acknowledgement.mode=explicit, every record of a poll is accepted at the next poll"
                : failure;
    }

    /**
     * ACCEPT and REJECT both keep a record from coming back, so the scenario below cannot tell them apart: the
     * exercise's {@code acknowledgementFor} is asked directly. Only ACCEPT tells the broker the record was
     * processed (REJECT archives it as one that could not be).
     */
    @Test
    void eachOutcomeIsAnsweredWithItsOwnAcknowledgement() throws Exception {
        Method acknowledgementFor = Variant.current().resolve(AcknowledgingConsumer.class)
                .getDeclaredMethod("acknowledgementFor", Outcome.class);
        acknowledgementFor.setAccessible(true);
        Map<Outcome, AcknowledgeType> answers = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            answers.put(outcome, (AcknowledgeType) call(acknowledgementFor, null, outcome));
        }

        assertThat(answers).as("acknowledgementFor(outcome): DONE is ACCEPT; TRY_AGAIN_LATER is RELEASE (a record "
                        + "acknowledged with RELEASE is delivered again); UNPROCESSABLE is REJECT (a REJECTed record is "
                        + "archived and never delivered again) - ACCEPT and REJECT both keep a record from coming back, "
                        + "but only ACCEPT says it was processed, and REJECT that it cannot be")
                .isEqualTo(Map.of(Outcome.DONE, AcknowledgeType.ACCEPT, Outcome.TRY_AGAIN_LATER, AcknowledgeType.RELEASE,
                        Outcome.UNPROCESSABLE, AcknowledgeType.REJECT));
    }

    /**
     * A consumer that crashes after a batch is done, before its next poll, must not get the batch delivered again:
     * its acknowledgements must reach the broker when the batch is settled. The check polls one batch with a
     * consumer of its own (explicit mode), gives it to your {@code settle}, and then polls no more - as if the
     * process had died right there - and asks the broker how many of the queue's records are still to be done.
     */
    @Test
    void aSettledBatchIsAcknowledgedAtTheBrokerBeforeTheNextPoll(TestKafka kafka) throws Exception {
        int jobs = 4;
        JobQueue queue = JobQueue.create(kafka, "lab08-settled", jobs, ShareGroupSettings.none());
        WorkerSetup setup = SmallBatches.of(WorkerSetup.of(queue.topic(), queue.group(), "settler"), jobs);
        QueueWorker worker = Variant.current().instantiate(QueueWorker.class, AcknowledgingConsumer.class, setup,
                (OutcomeHandler) record -> Outcome.DONE);
        Method settle = worker.getClass().getDeclaredMethod("settle", ShareConsumer.class, ConsumerRecords.class);
        settle.setAccessible(true);

        try (ShareConsumer<String, String> consumer = explicitConsumer(setup)) {
            consumer.subscribe(List.of(queue.topic()));
            AtomicReference<ConsumerRecords<String, String>> batch = new AtomicReference<>();
            await("a first batch of the job queue").atMost(Duration.ofSeconds(60)).pollInSameThread()
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        batch.set(consumer.poll(Duration.ofMillis(500)));
                        return !batch.get().isEmpty();
                    });
            int settled = batch.get().count();
            call(settle, worker, consumer, batch.get());

            await("the broker's record of the settled batch").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(stillToDo(kafka, queue))
                            .as("records of %s the share group still has to deliver or hear about (-1: the broker has "
                                    + "heard no acknowledgement at all), after settle() returned for %d of its %d jobs, "
                                    + "all DONE, and before any other poll: acknowledge() only notes an acknowledgement "
                                    + "in the consumer, commitSync() sends the batch's to the broker now (without it they "
                                    + "leave with the next poll, and a crash before that poll delivers the whole batch "
                                    + "again)", queue.topic(), settled, jobs)
                            .isEqualTo((long) jobs - settled));
        }
    }

    /** Calls the exercise's {@code method}; what it throws comes out as it is (a starter's TODO, for one). */
    private static Object call(Method method, Object target, Object... arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The check's own consumer, in explicit mode, so that only {@code settle} decides what the broker hears. */
    private static ShareConsumer<String, String> explicitConsumer(WorkerSetup setup) {
        Properties props = setup.properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, setup.group());
        props.put(ConsumerConfig.SHARE_ACKNOWLEDGEMENT_MODE_CONFIG, "explicit");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaShareConsumer<>(props);
    }

    /**
     * The share group's lag on the queue's partition: its records not yet acknowledged as done at the broker; -1
     * while the broker holds no state for it (it stores one when the first acknowledgement arrives).
     */
    private static long stillToDo(TestKafka kafka, JobQueue queue) throws Exception {
        SharePartitionOffsetInfo info = kafka.admin()
                .listShareGroupOffsets(Map.of(queue.group(), new ListShareGroupOffsetsSpec()))
                .partitionsToOffsetInfo(queue.group()).get(10, TimeUnit.SECONDS)
                .get(new TopicPartition(queue.topic(), 0));
        return info == null ? -1 : info.lag().orElse(-1L);
    }

    @Test
    void acceptReleaseAndRejectDecideWhetherARecordComesBack(TestKafka kafka) {
        JobQueue queue = JobQueue.create(kafka, "lab08-acks", JOBS, ShareGroupSettings.none());
        String topic = queue.topic();
        String group = queue.group();

        Deliveries deliveries = new Deliveries();
        OutcomeHandler handler = record -> {
            long job = NumberedRecords.number(record);
            if (unprocessable(job)) {
                return Outcome.UNPROCESSABLE;
            }
            boolean firstDelivery = record.deliveryCount().orElse((short) 1) == 1;
            return retried(job) && firstDelivery ? Outcome.TRY_AGAIN_LATER : Outcome.DONE;
        };
        List<Long> retriedJobs = LongStream.range(0, JOBS).filter(ExplicitAcknowledgementIT::retried).boxed().toList();
        try (Crew crew = new Crew()) {
            crew.start("worker", Variant.current().instantiate(QueueWorker.class, AcknowledgingConsumer.class,
                    SmallBatches.of(WorkerSetup.of(topic, group, "worker"), 4),
                    deliveries.recordingOutcomes("worker", handler)));
            FirstDelivery.awaitAny(crew, deliveries, "", ExplicitAcknowledgementIT::explainImplicitMode);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                crew.throwIfFailed(ExplicitAcknowledgementIT::explainImplicitMode);
                assertThat(deliveries.of(retriedJobs.get(0)))
                        .as("deliveries of job-%d, which the handler asked to TRY_AGAIN_LATER: a record "
                                + "acknowledged with RELEASE is delivered again; one acknowledged with REJECT "
                                + "(or accepted, as implicit acknowledgement does) is not", retriedJobs.get(0))
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(deliveries.of(JOBS - 1)).as("deliveries of the last job").isNotEmpty();
            });
            // A RELEASEd record comes back at once: a few quiet seconds show what does not come back.
            deliveries.awaitQuiet(QUIET, Duration.ofSeconds(20));
        }
        System.out.printf("8.2 deliveries: %s%n", deliveries.all());
        for (long job = 0; job < JOBS; job++) {
            List<Deliveries.Delivery> of = deliveries.of(job);
            List<Integer> counts = of.stream().map(Deliveries.Delivery::deliveryCount).toList();
            List<String> results = of.stream().map(Deliveries.Delivery::result).toList();
            if (retried(job)) {
                assertThat(counts).as("delivery counts of job-%d, RELEASEd once: it comes back with its delivery "
                        + "count one higher, and is then accepted", job).containsExactly(1, 2);
                assertThat(results).as("outcomes of job-%d", job).containsExactly("TRY_AGAIN_LATER", "DONE");
            } else if (unprocessable(job)) {
                assertThat(counts).as("delivery counts of job-%d, UNPROCESSABLE: a REJECTed record is archived "
                        + "and never delivered again (RELEASE would bring it back)", job).containsExactly(1);
            } else {
                assertThat(counts).as("delivery counts of job-%d, DONE: an ACCEPTed record is never delivered again",
                        job).containsExactly(1);
            }
        }
    }
}
