package dev.kafkalabs.support;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Waits until freshly created topics are really served.
 *
 * <p>{@code createTopics()} returns once the controller has accepted a topic; the broker may take a
 * moment more to host its partitions. A client that starts in between sees UNKNOWN_TOPIC_OR_PARTITION or
 * NOT_LEADER_OR_FOLLOWER, and an idempotent producer can get stuck retrying with
 * OUT_OF_ORDER_SEQUENCE_NUMBER. {@code listOffsets} is answered only by each partition's leader, so once
 * it answers for every partition, the topics are ready.
 */
public final class TopicReadiness {

    private TopicReadiness() {
    }

    public static void awaitServed(Admin admin, Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        describeOnceKnown(admin, topics, deadline).values().forEach(description ->
                description.partitions().forEach(partition -> partitions.put(
                        new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest())));
        onceKnown(() -> admin.listOffsets(partitions).all(), deadline, "list the end offsets of " + topics);
    }

    /** Describes the topics, asking again while the broker does not know them yet. */
    private static Map<String, TopicDescription> describeOnceKnown(Admin admin, Collection<String> topics, long deadline) {
        return onceKnown(() -> admin.describeTopics(topics).allTopicNames(), deadline, "describe " + topics);
    }

    /**
     * Asks again while the answering broker does not know the topics yet: a broker that was paused or
     * restarted a moment ago may still be catching up on the cluster's metadata.
     */
    private static <T> T onceKnown(Supplier<KafkaFuture<T>> question, long deadline, String what) {
        while (true) {
            try {
                return get(question.get(), deadline, what);
            } catch (IllegalStateException e) {
                boolean notKnownYet = e.getCause() instanceof UnknownTopicOrPartitionException;
                if (!notKnownYet || System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    private static <T> T get(KafkaFuture<T> future, long deadline, String what) {
        long remainingMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        try {
            return future.get(remainingMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not " + what + " in time: is the broker at "
                    + KafkaBootstrap.servers() + " overloaded?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, e);
        }
    }
}
