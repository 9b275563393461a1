package dev.kafkalabs.lab07;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab07.solution.DurableSender;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.BlockingCall;
import dev.kafkalabs.support.junit.ClusterCheck;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@ClusterCheck
@ExerciseCheck("7.3")
// The quick scenarios first: a wrong answer one of them rejects is not put through the outage.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinIsrIT {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(3);
    /** The sender's verdict must come within its delivery timeout, give or take a loaded machine. */
    private static final Duration VERDICT_BOUND = DELIVERY_TIMEOUT.plusSeconds(7);
    /** For the scenarios whose verdict must not come from the delivery timeout: longer than any of them takes. */
    private static final Duration LONG_DELIVERY_TIMEOUT = Duration.ofSeconds(20);
    /**
     * How long a sender may wait on a producer that stays silent: the delivery timeout, then a grace (the solution's
     * is 10 s) that may be generous, on a loaded machine.
     */
    private static final Duration SILENCE_BOUND = DELIVERY_TIMEOUT.plusSeconds(60);

    @Test
    @Order(4)
    void withOneReplicaInSyncDurableWritesAreRefusedKeptAndSentAgainOnceTheBrokersReturn(TestCluster cluster)
            throws Exception {
        ReplicatedTopics topics = new ReplicatedTopic(cluster.admin());
        String topic = Topics.uniqueName("lab07-min-isr");
        topics.create(topic, 1);
        cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas");

        OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                cluster.clientProperties(), DELIVERY_TIMEOUT);
        try {
            assertAcknowledged(sender, topic, 0, "every replica in sync");

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
                        + "retries ran into) is NOT_DURABLE%s", number, verdict == Verdict.FAILED ? ". Judged FAILED: the "
                        + "refusal reaches future.get() wrapped in an ExecutionException (look at its cause), as "
                        + "NotEnoughReplicas(AfterAppend)Exception or, once the retries ran into the delivery timeout, as "
                        + "Kafka's TimeoutException; and the producer gives its verdict only when the delivery timeout "
                        + "ends, so a get() bounded by exactly that gives up first" : "")
                        .isEqualTo(Verdict.NOT_DURABLE);
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
    @Order(1)
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
     * The producer gives every send its verdict by the end of its delivery timeout; a sender still bounds its wait,
     * for the producer that stays silent (a stuck I/O thread, a callback that never returns). Here the check's
     * interceptor ({@link HeldVerdicts}) keeps the producer silent after record 2 was written: the sender must give
     * up a little after the delivery timeout and say FAILED (the record's fate is unknown) and keep it - not wait for
     * hours, not call it written or refused.
     */
    @Test
    @Order(5)
    void aSendWhoseVerdictNeverComesIsFailedAndKeptOnceTheWaitEnds(TestCluster cluster) {
        String topic = Topics.uniqueName("lab07-silent");
        Topics.ensureExist(cluster.admin(), new NewTopic(topic, 1, (short) 3));
        Properties properties = cluster.clientProperties();
        properties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, HeldVerdicts.class.getName());
        OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class, properties,
                DELIVERY_TIMEOUT);
        try {
            assertAcknowledged(sender, topic, 1, "the producer answering");
            HeldVerdicts.hold();
            BlockingCall<Verdict> sending = BlockingCall.start("sending record 2", () -> sender.send(topic, 2));
            sending.awaitReturned("send of record 2 returning while the producer stays silent: the wait for the verdict "
                    + "must be bounded (a little longer than the delivery timeout, " + DELIVERY_TIMEOUT.toSeconds()
                    + " s here) - a bound in the wrong unit (milliseconds read as seconds) waits for hours", SILENCE_BOUND);

            assertThat(sending.thrown()).as("what send threw when the producer gave no verdict in time: a wait that "
                    + "ends is a verdict too (FAILED, the record kept), not an exception for the caller").isNull();
            assertThat(sending.value()).as("verdict on record 2, on which the producer stayed silent past its delivery "
                    + "timeout (get() timed out): whether it was written is unknown, so it is FAILED - not ACKNOWLEDGED "
                    + "(no acknowledgement came), not NOT_DURABLE (no broker said the replicas were short)")
                    .isEqualTo(Verdict.FAILED);
            assertThat(sender.parked()).as("records kept to send again: a record without a verdict may not be "
                    + "written, so it is kept when get() times out, not dropped").containsExactly(2L);
        } finally {
            HeldVerdicts.release();
            closeWithoutWaiting(sender);
        }
    }

    /**
     * The thread that waits for a verdict may be interrupted (the application shutting down, a pool's task
     * cancelled). The record's fate is then unknown: it counts neither as written nor as refused, it is kept
     * to send again, and the interrupt reaches whoever called {@code send}. The topic has one replica, whose
     * broker is frozen (SIGSTOP) after a first record and before the second: no answer can come, and the
     * sender waits, long enough to be interrupted, whatever the machine's load.
     */
    @Test
    @Order(2)
    void aSendInterruptedWhileItWaitsIsFailedKeptAndLeavesItsThreadInterrupted(TestCluster cluster) {
        String topic = Topics.uniqueName("lab07-interrupted");
        Topics.ensureExist(cluster.admin(), new NewTopic(topic, 1, (short) 1));
        int leader = cluster.leader(topic, 0);
        OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                cluster.clientProperties(), LONG_DELIVERY_TIMEOUT);
        try {
            // The producer learns the topic's leader while it answers: a metadata request to a frozen broker
            // would keep send() itself waiting, up to the request timeout.
            assertAcknowledged(sender, topic, 4, "the topic's broker up");
            cluster.cluster().pauseBroker(leader);
            BlockingCall<Verdict> sending = BlockingCall.start("sending record 5", () -> sender.send(topic, 5));
            sending.awaitReturnedOrWaiting("send of record 5 waiting for the producer's verdict (the record handed to "
                    + "the producer)", VERDICT_BOUND, () -> !sending.isInside(KafkaProducer.class));
            assertThat(sending.isRunning())
                    .as("send of record 5 still waiting for its verdict after the record was handed over, while the "
                            + "topic's only broker is frozen (it returned %s, threw %s): no verdict can come before the "
                            + "delivery timeout (%s)", sending.value(), sending.thrown(), LONG_DELIVERY_TIMEOUT)
                    .isTrue();
            sending.interrupt();
            sending.awaitReturned("send of record 5 returning once its thread was interrupted: an interrupted wait "
                    + "ends the wait", VERDICT_BOUND);

            assertThat(sending.thrown())
                    .as("what send threw when its wait for the verdict was interrupted: an interrupted wait is a "
                            + "verdict too (FAILED, the record kept), not an exception for the caller")
                    .isNull();
            assertThat(sending.value())
                    .as("verdict on record 5, whose wait was interrupted before the producer answered: whether it was "
                            + "written is unknown, so it is FAILED - not ACKNOWLEDGED (no broker acknowledged it), not "
                            + "NOT_DURABLE (no broker said the replicas were short)")
                    .isEqualTo(Verdict.FAILED);
            assertThat(sender.parked())
                    .as("records kept to send again: a record whose wait was interrupted may not be written, so it "
                            + "is kept, not dropped")
                    .containsExactly(5L);
            assertThat(sending.interruptedOnReturn())
                    .as("the interrupt flag of the thread that called send, when send returned: an "
                            + "InterruptedException caught must set the flag again (Thread.currentThread().interrupt()), "
                            + "or the interrupt was swallowed and the caller (a shutdown) never learns of it")
                    .isTrue();
        } finally {
            cluster.cluster().resumeBroker(leader);
            // The producer still retries record 5 until its delivery timeout; close() would wait for it.
            closeWithoutWaiting(sender);
        }
    }

    /**
     * Not every refusal is an outage: when a partition's leadership moves (a broker restarted, leaders
     * rebalanced), the producer's next send goes to the former leader, which refuses it
     * (NOT_LEADER_OR_FOLLOWER, retriable) and names the new one. The check moves the leadership between two
     * sends: a producer that retries within its delivery timeout writes the second record; one that does not
     * retry reports a failure for a cluster that was never down.
     */
    @Test
    @Order(3)
    void aSendRightAfterTheLeaderMovedIsRetriedOnTheNewLeader(TestCluster cluster) {
        String topic = Topics.uniqueName("lab07-leader-moved");
        Topics.ensureExist(cluster.admin(), new NewTopic(topic, 1, (short) 3));
        cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas");
        try (OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                cluster.clientProperties(), LONG_DELIVERY_TIMEOUT)) {
            assertAcknowledged(sender, topic, 8, "every replica in sync");
            int former = cluster.leader(topic, 0);
            int leader = cluster.moveLeadership(topic, 0);

            assertThat(sender.send(topic, 9))
                    .as("verdict on record 9, sent once the partition's leadership had moved from broker %d to broker "
                            + "%d: its first attempt goes to the former leader, which refuses it (NOT_LEADER_OR_FOLLOWER, "
                            + "retriable); the producer retries it on the new leader until delivery.timeout.ms - with "
                            + "retries=0 it gives up on the first refusal", former, leader)
                    .isEqualTo(Verdict.ACKNOWLEDGED);
            TopicPartition partition = new TopicPartition(topic, 0);
            assertThat(Topics.get(cluster.admin().describeProducers(List.of(partition)).partitionResult(partition),
                    "describe the producers of " + partition).activeProducers())
                    .as("producers whose sequence numbers the partition's leader keeps (Admin.describeProducers) "
                            + "after two acknowledged durable writes: none means the sender's producer writes without "
                            + "idempotence, and its retry of a batch that was written but whose acknowledgement was "
                            + "lost is written twice")
                    .isNotEmpty();
        }
    }

    /**
     * A write every replica can confirm must be ACKNOWLEDGED. Judged FAILED, it most often means the wait for the
     * producer's verdict ended before the verdict came: the message says how soon the sender gave up.
     */
    private static void assertAcknowledged(OutageSender sender, String topic, long number, String situation) {
        long start = System.nanoTime();
        Verdict verdict = sender.send(topic, number);
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(verdict).as("verdict on record %d, %s%s", number, situation, verdict == Verdict.FAILED
                ? String.format(": judged FAILED after %d ms, although the brokers could acknowledge it. Did the wait "
                        + "for the verdict end before the verdict came? future.get(number, unit) reads the number in the "
                        + "unit passed with it: a wait in seconds passed with MILLISECONDS is a thousandth of the time "
                        + "meant, shorter than the producer takes to answer", tookMillis)
                : "")
                .isEqualTo(Verdict.ACKNOWLEDGED);
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
