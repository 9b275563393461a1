package dev.kafkalabs.lab07;

import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One trial of exercise 7.2: numbered records go to a replicated single-partition topic through the
 * exercise's producer while the partition's leader crashes, then the topic is read back and compared
 * with the producer's ledger.
 *
 * <ol>
 *   <li>records 0-49 are sent with the cluster healthy;</li>
 *   <li>the followers freeze (SIGSTOP: a long GC pause, a network partition) and records 50-99 are sent:
 *       the leader has them, no follower does;</li>
 *   <li>the leader is killed (SIGKILL) and the followers thaw; records 100-149 are sent while the
 *       controller notices and elects a follower;</li>
 *   <li>the producer gets its answers; the topic is read back from the new leader; the old leader is
 *       started again (it truncates what only it had).</li>
 * </ol>
 * Where SIGSTOP does not exist (Windows) step 2 is skipped: the followers usually have every record
 * by the time the leader dies, and acks=1 rarely loses any.
 */
public final class LeaderKillDrill {

    public static final int RECORDS = 150;
    private static final int PER_PHASE = RECORDS / 3;
    /** Longer than replica.fetch.wait.max.ms (500 ms): the followers' last fetch requests are answered. */
    private static final Duration FREEZE_SETTLE = Duration.ofMillis(1500);
    private static final Duration ACK_WAIT = Duration.ofMillis(1500);

    /** What one trial found. */
    public record Trial(Guarantee guarantee, int leader, int sent, Set<Long> acknowledged, long failures,
                        Exception lastFailure, List<Long> inTopic) {

        /** Numbers the producer was told were written that the topic does not hold. */
        public Set<Long> lostAcknowledged() {
            Set<Long> lost = new TreeSet<>(acknowledged);
            lost.removeAll(new HashSet<>(inTopic));
            return lost;
        }

        /** Numbers the topic holds more than once. */
        public int duplicates() {
            return inTopic.size() - new HashSet<>(inTopic).size();
        }

        public String line() {
            return String.format("%-12s leader %d killed  sent %3d  acknowledged %3d  failed %3d  in topic %3d"
                            + "  ACKNOWLEDGED BUT LOST %3d%s", guarantee, leader, sent, acknowledged.size(), failures,
                    inTopic.size(), lostAcknowledged().size(),
                    lastFailure == null ? "" : "  (last failure: " + lastFailure.getClass().getSimpleName() + ")");
        }
    }

    private LeaderKillDrill() {
    }

    /**
     * Runs one trial on {@code topic}, a fresh replicated single-partition topic ({@code topics} created it
     * and describes it), with the exercise's producer (the variant this JVM runs) set up for
     * {@code guarantee}. Leaves the cluster whole.
     */
    public static Trial run(KafkaCluster cluster, ReplicatedTopics topics, String topic, Guarantee guarantee) {
        Properties client = DemoCluster.clientProperties(cluster);
        PartitionState partition = Partitions.await(topics, topic, state -> state.leader() >= 0
                && state.isr().size() == state.replicas().size(), "every replica in sync");
        int leader = partition.leader();
        List<Integer> followers = partition.followers();
        List<Integer> frozen = new ArrayList<>();
        try (AckingProducer producer = Variant.current().instantiate(AckingProducer.class, AcksProducer.class,
                client, guarantee)) {
            sendRange(producer, topic, 0, PER_PHASE);
            bounded(producer::flush, "the first records' answers");
            try {
                if (ChildProcess.canPause()) {
                    followers.forEach(id -> {
                        cluster.pauseBroker(id);
                        frozen.add(id);
                    });
                    sleep(FREEZE_SETTLE);
                }
                sendRange(producer, topic, PER_PHASE, 2 * PER_PHASE);
                awaitAnswers(producer, 2 * PER_PHASE);
                cluster.killBroker(leader);
            } finally {
                frozen.forEach(cluster::resumeBroker);
            }
            sendRange(producer, topic, 2 * PER_PHASE, RECORDS);
            bounded(producer::flush, "the producer's answers after the leader crash");
            List<Long> inTopic = TopicNumbers.read(client, topic, Duration.ofSeconds(30));
            Trial trial = new Trial(guarantee, leader, RECORDS, new TreeSet<>(producer.acknowledged()),
                    producer.failures(), producer.lastFailure(), inTopic);
            cluster.startBroker(leader);
            return trial;
        }
    }

    private static void sendRange(AckingProducer producer, String topic, int from, int to) {
        for (long number = from; number < to; number++) {
            producer.send(topic, number);
        }
    }

    /** Gives a producer that gets answers at once (acks=0 or 1) the time to get them; acks=all gets none now. */
    private static void awaitAnswers(AckingProducer producer, int expected) {
        Waiting.until(ACK_WAIT, () -> producer.acknowledged().size() + producer.failures() >= expected);
    }

    private static void bounded(Runnable action, String what) {
        try {
            CompletableFuture.runAsync(action).get(Waiting.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Failed waiting for " + what + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No " + what + " within " + Waiting.PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
