package dev.kafkalabs.lab07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab07.solution.DurableSender;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ClusterCheck;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestCluster;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@ClusterCheck
@ExerciseCheck("7.3")
class MinIsrIT {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(3);
    /** The sender's verdict must come within its delivery timeout, give or take a loaded machine. */
    private static final Duration VERDICT_BOUND = DELIVERY_TIMEOUT.plusSeconds(7);

    @Test
    void withOneReplicaInSyncDurableWritesAreRefusedKeptAndSentAgainOnceTheBrokersReturn(TestCluster cluster)
            throws Exception {
        ReplicatedTopics topics = new ReplicatedTopic(cluster.admin());
        String topic = Topics.uniqueName("lab07-min-isr");
        topics.create(topic, 1);
        cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas");

        OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                cluster.clientProperties(), DELIVERY_TIMEOUT);
        try {
            assertThat(sender.send(topic, 0)).as("verdict on record 0, every replica in sync")
                    .isEqualTo(Verdict.ACKNOWLEDGED);

            Set<Integer> followers = cluster.followers(topic, 0);
            followers.forEach(cluster.cluster()::killBroker);
            cluster.awaitIsr(topic, 0, isr -> isr.size() == 1, "the leader alone");

            for (long number = 1; number <= 2; number++) {
                long start = System.nanoTime();
                Verdict verdict = sender.send(topic, number);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(verdict)
                        .as("verdict on record %d while only the leader was in sync: a durable write cannot be "
                                + "acknowledged by one broker (acks=all with min.insync.replicas=2 refuses it)", number)
                        .isNotEqualTo(Verdict.ACKNOWLEDGED);
                assertThat(took)
                        .as("time to the verdict on record %d (delivery timeout %s): no verdict within the delivery "
                                + "timeout - left at its default, an outage is reported after two minutes", number,
                                DELIVERY_TIMEOUT)
                        .isLessThanOrEqualTo(VERDICT_BOUND);
                assertThat(verdict).as("verdict on record %d: too few in-sync replicas (or the delivery timeout their "
                        + "retries ran into) is NOT_DURABLE", number).isEqualTo(Verdict.NOT_DURABLE);
            }
            assertThat(sender.parked())
                    .as("records kept to send again: a record refused for lack of in-sync replicas was dropped, "
                            + "not kept")
                    .containsExactly(1L, 2L);
            assertThat(leaderOnlyWrite(cluster, topic))
                    .as("an acks=1 write meanwhile (availability over durability): the leader takes it").isTrue();

            cluster.cluster().startBrokers(followers);
            cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas again");
            assertThat(sender.resendParked(topic)).as("kept records acknowledged when sent again").isEqualTo(2);
            assertThat(sender.parked()).as("records still kept after a successful resend").isEmpty();
        } catch (AssertionError | RuntimeException failed) {
            closeWithoutWaiting(sender);
            throw failed;
        }
        sender.close();
        List<Long> inTopic = TopicNumbers.read(cluster.clientProperties(), topic, Duration.ofSeconds(30));
        List<Long> durable = inTopic.stream().filter(number -> number < 100).toList();
        // A refused record may still have reached the leader's log (its verdict was a timeout, not a "no"):
        // the resend then writes it a second time. At least once, never lost.
        assertThat(durable).as("durable records in the topic: every one, refused ones after their resend")
                .contains(0L, 1L, 2L)
                .containsOnly(0L, 1L, 2L);
        assertThat(durable.stream().filter(number -> number == 0L).count())
                .as("record 0 (acknowledged at once) in the topic").isEqualTo(1);
    }

    /**
     * A refusal for too few replicas is not the only failure: a send the broker refuses for another reason
     * (here an invalid topic name) must neither count as written nor as "not durable", and must be kept too.
     */
    @Test
    void aSendThatFailsForAnotherReasonIsFailedAndKept(TestCluster cluster) {
        try (OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                cluster.clientProperties(), DELIVERY_TIMEOUT)) {
            assertThat(sender.send("not a valid topic name!", 7))
                    .as("verdict on a send to an invalid topic name: a failure that is not about the replicas is "
                            + "FAILED - neither ACKNOWLEDGED (it was not written) nor NOT_DURABLE (no replica was short)")
                    .isEqualTo(Verdict.FAILED);
            assertThat(sender.parked()).as("records kept to send again: a failed send is kept whatever the failure")
                    .containsExactly(7L);
        }
    }

    /**
     * The thread that waits for a verdict may be interrupted (the application shutting down, a pool's task
     * cancelled). The record's fate is then unknown: it counts neither as written nor as refused, it is kept
     * to send again, and the interrupt reaches whoever called {@code send}. The topic wants four in-sync
     * replicas of its three, so its leader refuses every durable write and the producer retries it until its
     * delivery timeout: the sender waits, with every broker up, long enough to be interrupted.
     */
    @Test
    void aSendInterruptedWhileItWaitsIsFailedKeptAndLeavesItsThreadInterrupted(TestCluster cluster) {
        String topic = Topics.uniqueName("lab07-interrupted");
        Topics.ensureExist(cluster.admin(), new NewTopic(topic, 1, (short) 3)
                .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "4")));
        OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                cluster.clientProperties(), DELIVERY_TIMEOUT);
        AtomicReference<Verdict> verdict = new AtomicReference<>();
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        AtomicBoolean interruptedOnReturn = new AtomicBoolean();
        Thread sending = new Thread(() -> {
            try {
                verdict.set(sender.send(topic, 5));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
            interruptedOnReturn.set(Thread.currentThread().isInterrupted());
        }, "sending record 5");
        sending.setDaemon(true);
        try {
            sending.start();
            await("send of record 5 waiting for the producer's verdict (the record handed to the producer)")
                    .atMost(VERDICT_BOUND).pollInterval(Duration.ofMillis(10))
                    .until(() -> !sending.isAlive() || waitsForVerdict(sending));
            assertThat(sending.isAlive())
                    .as("send of record 5 still waiting for its verdict after the record was handed over, while the "
                            + "leader refuses every durable write (it returned %s, threw %s): the producer retries a "
                            + "refusal until its delivery timeout (%s)", verdict.get(), thrown.get(), DELIVERY_TIMEOUT)
                    .isTrue();
            sending.interrupt();
            await("send of record 5 returning once its thread was interrupted: an interrupted wait ends the wait")
                    .atMost(VERDICT_BOUND).until(() -> !sending.isAlive());

            assertThat(thrown.get())
                    .as("what send threw when its wait for the verdict was interrupted: an interrupted wait is a "
                            + "verdict too (FAILED, the record kept), not an exception for the caller")
                    .isNull();
            assertThat(verdict.get())
                    .as("verdict on record 5, whose wait was interrupted before the producer answered: whether it was "
                            + "written is unknown, so it is FAILED - not ACKNOWLEDGED (no broker acknowledged it), not "
                            + "NOT_DURABLE (no broker said the replicas were short)")
                    .isEqualTo(Verdict.FAILED);
            assertThat(sender.parked())
                    .as("records kept to send again: a record whose wait was interrupted may not be written, so it "
                            + "is kept, not dropped")
                    .containsExactly(5L);
            assertThat(interruptedOnReturn.get())
                    .as("the interrupt flag of the thread that called send, when send returned: an "
                            + "InterruptedException caught must set the flag again (Thread.currentThread().interrupt()), "
                            + "or the interrupt was swallowed and the caller (a shutdown) never learns of it")
                    .isTrue();
        } finally {
            // The producer still retries record 5 until its delivery timeout; close() would wait for it.
            closeWithoutWaiting(sender);
        }
    }

    /**
     * Waiting, and not inside the producer's own {@code send} (which may wait for the topic's metadata): the
     * record is handed over and its verdict awaited, however the sender waits for it.
     */
    private static boolean waitsForVerdict(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(stack).noneMatch(frame -> frame.getClassName().equals(KafkaProducer.class.getName()));
    }

    /**
     * A sender whose check failed, or whose wait was interrupted, may still hold a record its producer retries
     * until its own delivery timeout (two minutes, left at the default): its {@code close()} would wait for it.
     * The verdict is known already, so the check does not wait; the cluster is made whole after each check
     * anyway.
     */
    private static void closeWithoutWaiting(OutageSender sender) {
        Thread closing = new Thread(() -> {
            try {
                sender.close();
            } catch (RuntimeException ignored) {
                // The check has failed already; this close only frees the producer.
            }
        }, "closing the sender of a failed check");
        closing.setDaemon(true);
        closing.start();
    }

    private static boolean leaderOnlyWrite(TestCluster cluster, String topic) throws Exception {
        Properties properties = cluster.clientProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "1");
        try (KafkaProducer<Long, String> producer = new KafkaProducer<>(properties, new LongSerializer(),
                new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, 100L, "leader-only")).get(30, TimeUnit.SECONDS)
                    .offset() >= 0;
        }
    }
}
