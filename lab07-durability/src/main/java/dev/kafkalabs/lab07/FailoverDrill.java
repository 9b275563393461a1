package dev.kafkalabs.lab07;

import dev.kafkalabs.lab07.demo.FailoverReaderMain;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;

/**
 * Exercise 7.4's drill: a group reads a replicated topic in a child JVM ({@link FailoverReaderMain});
 * the partition's leader is killed and more records arrive through the new leader; the reader hangs in
 * the middle of a batch and is killed; a replacement in the same group reads to the end.
 */
public final class FailoverDrill {

    public static final int RECORDS = 200;
    public static final int BEFORE_LEADER_CRASH = 60;
    public static final long FREEZE_BEFORE = 125;
    private static final Pattern PROCESSED = Pattern.compile("PROCESSED (\\d+) offset (\\d+)");
    private static final Pattern FROZEN = Pattern.compile("FROZEN before (\\d+) offset (\\d+)");

    /**
     * What happened.
     *
     * @param killedLeader      the broker killed while the reader was reading
     * @param frozenAtOffset    the offset of the record the first reader hung on (not processed)
     * @param committedAtCrash  the group's committed offset when the first reader was killed (0: none)
     * @param first             the numbers the first reader processed, in order
     * @param replacement       the numbers the replacement processed, in order
     * @param replacementStopped whether the replacement's loop ended when asked to stop (SIGTERM) after the last record
     * @param committedAtEnd    the group's committed offset once the replacement had stopped (0: none)
     */
    public record Result(int killedLeader, long frozenAtOffset, long committedAtCrash, List<Long> first,
                         List<Long> replacement, boolean replacementStopped, long committedAtEnd) {

        public Set<Long> neverProcessed() {
            Set<Long> missing = new TreeSet<>();
            for (long number = 0; number < RECORDS; number++) {
                missing.add(number);
            }
            missing.removeAll(new HashSet<>(first));
            missing.removeAll(new HashSet<>(replacement));
            return missing;
        }

        /** Records processed by both readers. */
        public Set<Long> processedTwice() {
            Set<Long> twice = new TreeSet<>(first);
            twice.retainAll(new HashSet<>(replacement));
            return twice;
        }

        public String summary() {
            return String.format("leader %d killed; first reader processed %d, hung before offset %d with %d "
                            + "committed; replacement processed %d; processed twice %d, never processed %d",
                    killedLeader, first.size(), frozenAtOffset, committedAtCrash, replacement.size(),
                    processedTwice().size(), neverProcessed().size());
        }
    }

    private FailoverDrill() {
    }

    /**
     * Runs the drill on {@code topic} (fresh, replicated, one partition; {@code topics} describes it) with
     * {@code producer} writing the records. Leaves the cluster whole.
     */
    public static Result run(KafkaCluster cluster, ReplicatedTopics topics, String topic, String group,
                             AckingProducer producer) {
        PartitionState partition = Partitions.await(topics, topic, state -> state.leader() >= 0
                && state.isr().size() == state.replicas().size(), "every replica in sync");
        send(producer, topic, 0, BEFORE_LEADER_CRASH);
        String[] args = {"--topic", topic, "--group", group};
        long frozenAt;
        long committed;
        List<Long> first;
        try (ChildProcess reader = ChildJvm.of(FailoverReaderMain.class)
                .args(args).args("--freeze-before", String.valueOf(FREEZE_BEFORE)).start()) {
            reader.awaitOutput("PROCESSED 40 ", Waiting.PATIENCE);
            cluster.killBroker(partition.leader());
            send(producer, topic, BEFORE_LEADER_CRASH, RECORDS);
            Matcher frozen = FROZEN.matcher(reader.awaitLine(line -> FROZEN.matcher(line).find(),
                    "a FROZEN line (record " + FREEZE_BEFORE + " reached)", Waiting.PATIENCE));
            frozen.find();
            frozenAt = Long.parseLong(frozen.group(2));
            committed = Topics.committed(group).getOrDefault(new TopicPartition(topic, 0), 0L);
            reader.kill();
            first = processed(reader.output());
        }
        cluster.startBroker(partition.leader());
        List<Long> replacement;
        boolean replacementStopped;
        try (ChildProcess reader = ChildJvm.of(FailoverReaderMain.class).args(args).args("--work-ms", "0").start()) {
            // Done when the replacement has processed the last record (the first reader hung long before it):
            // it has then read to the end, and records it skipped stay skipped.
            Waiting.until(Waiting.PATIENCE,
                    () -> processed(reader.output()).contains(RECORDS - 1L) || !reader.isAlive());
            // Stop it once the last batch's commit has returned, so that stop()'s wakeup meets the reader in
            // poll(), whatever the load: a wakeup that lands in commitSync() ends even a loop that retries every
            // error of poll(). The broker has the commit a moment before commitSync() returns; a second covers
            // that moment. (A reader that commits nothing before it stops waits the ten seconds out.)
            TopicPartition read = new TopicPartition(topic, 0);
            Waiting.until(Duration.ofSeconds(10),
                    () -> Topics.committed(group).getOrDefault(read, 0L) >= RECORDS - 1 || !reader.isAlive());
            Waiting.until(Duration.ofSeconds(1), () -> !reader.isAlive());
            reader.stopGracefully(Duration.ofSeconds(30));
            replacement = processed(reader.output());
            replacementStopped = reader.output().contains(FailoverReaderMain.STOPPED);
        }
        long committedAtEnd = Topics.committed(group).getOrDefault(new TopicPartition(topic, 0), 0L);
        return new Result(partition.leader(), frozenAt, committed, first, replacement, replacementStopped, committedAtEnd);
    }

    private static void send(AckingProducer producer, String topic, int from, int to) {
        for (long number = from; number < to; number++) {
            producer.send(topic, number);
        }
        try {
            CompletableFuture.runAsync(producer::flush).get(Waiting.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Records " + from + "-" + (to - 1) + " were not all written within "
                    + Waiting.PATIENCE + ": " + e, e);
        }
        if (producer.acknowledged().size() < to) {
            throw new IllegalStateException("Records " + from + "-" + (to - 1) + " were not all acknowledged ("
                    + producer.failures() + " failed, last: " + producer.lastFailure() + ")");
        }
    }

    private static List<Long> processed(List<String> output) {
        List<Long> numbers = new ArrayList<>();
        for (String line : output) {
            Matcher matcher = PROCESSED.matcher(line);
            if (matcher.find()) {
                numbers.add(Long.parseLong(matcher.group(1)));
            }
        }
        return numbers;
    }
}
