package dev.kafkalabs.ui;

import dev.kafkalabs.ui.ClusterView.BrokerNode;
import dev.kafkalabs.ui.ClusterView.GroupPartition;
import dev.kafkalabs.ui.ClusterView.GroupView;
import dev.kafkalabs.ui.ClusterView.MemberView;
import dev.kafkalabs.ui.ClusterView.PartitionView;
import dev.kafkalabs.ui.ClusterView.SharePartition;
import dev.kafkalabs.ui.ClusterView.ShareGroupView;
import dev.kafkalabs.ui.ClusterView.TopicView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListShareGroupOffsetsSpec;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ShareGroupDescription;
import org.apache.kafka.clients.admin.ShareMemberDescription;
import org.apache.kafka.clients.admin.SharePartitionOffsetInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Reads the cluster through {@link Admin} describe and list calls only: nothing here writes to Kafka.
 * Something that disappears between two calls (a topic or group deleted meanwhile) is left out of this
 * read rather than failing it; the next read, a moment later, is consistent again.
 */
final class ClusterReader {

    /** A cluster that takes longer than this to answer is reported as not answering. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

    private static final Comparator<TopicPartition> BY_TOPIC_AND_PARTITION =
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    private final Admin admin;

    ClusterReader(Admin admin) {
        this.admin = admin;
    }

    /**
     * One consistent-enough picture of the cluster.
     *
     * @throws TimeoutException   when the cluster does not answer the first call in time
     * @throws ExecutionException when it refuses it
     */
    ClusterView read(String bootstrap) throws ExecutionException, TimeoutException, InterruptedException {
        // Independent requests go out together, so that a read costs a few round trips, not one per call.
        KafkaFuture<Collection<Node>> nodes = admin.describeCluster().nodes();
        KafkaFuture<Set<String>> names = admin.listTopics().names();
        KafkaFuture<Collection<GroupListing>> groupListings = admin.listGroups().all();
        List<BrokerNode> brokers = await(nodes).stream()
                .sorted(Comparator.comparingInt(Node::id))
                .map(node -> new BrokerNode(node.id(), node.host() + ":" + node.port()))
                .toList();
        Map<String, TopicDescription> descriptions = successful(admin.describeTopics(await(names)).topicNameValues());
        List<TopicPartition> partitions = descriptions.values().stream()
                .flatMap(topic -> topic.partitions().stream().map(info -> new TopicPartition(topic.name(), info.partition())))
                .toList();
        ListOffsetsResult earliest = listOffsets(partitions, OffsetSpec.earliest(), IsolationLevel.READ_UNCOMMITTED);
        ListOffsetsResult latest = listOffsets(partitions, OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED);
        // latest() under read_committed is the last stable offset: where an open transaction begins.
        ListOffsetsResult stable = listOffsets(partitions, OffsetSpec.latest(), IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> logStart = offsets(earliest, partitions);
        Map<TopicPartition, Long> highWatermark = offsets(latest, partitions);
        Map<TopicPartition, Long> lastStable = offsets(stable, partitions);

        List<TopicView> topics = descriptions.values().stream()
                .sorted(Comparator.comparing(TopicDescription::name))
                .map(topic -> new TopicView(topic.name(), topic.partitions().stream()
                        .map(info -> partition(topic.name(), info, logStart, lastStable, highWatermark))
                        .toList()))
                .toList();

        Collection<GroupListing> listings = await(groupListings);
        return new ClusterView(bootstrap, null, brokers, topics, consumerGroups(listings, highWatermark),
                shareGroups(listings, partitions, highWatermark), List.of());
    }

    private static PartitionView partition(String topic, TopicPartitionInfo info, Map<TopicPartition, Long> logStart,
                                           Map<TopicPartition, Long> lastStable, Map<TopicPartition, Long> highWatermark) {
        TopicPartition partition = new TopicPartition(topic, info.partition());
        List<Integer> replicas = info.replicas().stream().map(Node::id).toList();
        List<Integer> isr = info.isr().stream().map(Node::id).toList();
        Integer leader = info.leader() == null || info.leader().isEmpty() ? null : info.leader().id();
        return new PartitionView(info.partition(), leader, replicas, isr, isr.size() < replicas.size(),
                logStart.getOrDefault(partition, -1L), lastStable.getOrDefault(partition, -1L),
                highWatermark.getOrDefault(partition, -1L));
    }

    private ListOffsetsResult listOffsets(List<TopicPartition> partitions, OffsetSpec spec, IsolationLevel isolation) {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)),
                new ListOffsetsOptions(isolation));
    }

    private static Map<TopicPartition, Long> offsets(ListOffsetsResult result, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            ifAnswered(result.partitionResult(partition)).ifPresent(info -> offsets.put(partition, info.offset()));
        }
        return offsets;
    }

    /** Groups of the classic protocol whose members are consumers (not Connect workers), and KIP-848 groups. */
    private static boolean isConsumerGroup(GroupListing listing) {
        GroupType type = listing.type().orElse(GroupType.CLASSIC);
        return type == GroupType.CONSUMER
                || type == GroupType.CLASSIC && (listing.protocol().isEmpty() || listing.protocol().equals("consumer"));
    }

    private List<GroupView> consumerGroups(Collection<GroupListing> listings, Map<TopicPartition, Long> endOffsets) {
        List<String> ids = listings.stream().filter(ClusterReader::isConsumerGroup).map(GroupListing::groupId).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> described = successful(admin.describeConsumerGroups(ids).describedGroups());
        var committed = admin.listConsumerGroupOffsets(ids.stream()
                .collect(Collectors.toMap(Function.identity(), id -> new ListConsumerGroupOffsetsSpec())));
        List<GroupView> groups = new ArrayList<>();
        for (String id : ids) {
            ConsumerGroupDescription group = described.get(id);
            if (group == null) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = ifAnswered(committed.partitionsToOffsetAndMetadata(id)).orElse(Map.of());
            List<MemberView> members = group.members().stream()
                    .sorted(Comparator.comparing(MemberDescription::clientId).thenComparing(MemberDescription::consumerId))
                    .map(member -> new MemberView(member.consumerId(), member.clientId(), member.host(),
                            member.groupInstanceId().orElse(null), names(member.assignment().topicPartitions())))
                    .toList();
            Map<TopicPartition, String> owners = new HashMap<>();
            group.members().forEach(member -> member.assignment().topicPartitions()
                    .forEach(partition -> owners.put(partition, member.consumerId())));
            Set<TopicPartition> shown = new TreeSet<>(BY_TOPIC_AND_PARTITION);
            shown.addAll(owners.keySet());
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    shown.add(partition);
                }
            });
            List<GroupPartition> partitions = shown.stream().map(partition -> {
                OffsetAndMetadata offset = offsets.get(partition);
                Long commit = offset == null ? null : offset.offset();
                long end = endOffsets.getOrDefault(partition, -1L);
                Long lag = end < 0 ? null : end - (commit == null ? 0 : commit);
                return new GroupPartition(partition.topic(), partition.partition(), owners.get(partition), commit, end, lag);
            }).toList();
            groups.add(new GroupView(id, group.type().name().toLowerCase(Locale.ROOT), group.groupState().toString(),
                    group.partitionAssignor(), group.groupEpoch().orElse(null), members, partitions));
        }
        return groups;
    }

    private List<ShareGroupView> shareGroups(Collection<GroupListing> listings, List<TopicPartition> allPartitions,
                                             Map<TopicPartition, Long> endOffsets) {
        List<String> ids = listings.stream().filter(listing -> listing.type().orElse(null) == GroupType.SHARE)
                .map(GroupListing::groupId).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ShareGroupDescription> described = successful(admin.describeShareGroups(ids).describedGroups());
        var offsets = admin.listShareGroupOffsets(ids.stream()
                // Asked for every partition: the broker answers only for the partitions named.
                .collect(Collectors.toMap(Function.identity(), id -> new ListShareGroupOffsetsSpec().topicPartitions(allPartitions))));
        List<ShareGroupView> groups = new ArrayList<>();
        for (String id : ids) {
            ShareGroupDescription group = described.get(id);
            if (group == null) {
                continue;
            }
            List<MemberView> members = group.members().stream()
                    .sorted(Comparator.comparing(ShareMemberDescription::clientId).thenComparing(ShareMemberDescription::consumerId))
                    .map(member -> new MemberView(member.consumerId(), member.clientId(), member.host(), null,
                            names(member.assignment().topicPartitions())))
                    .toList();
            Map<TopicPartition, SharePartitionOffsetInfo> starts = ifAnswered(offsets.partitionsToOffsetInfo(id)).orElse(Map.of());
            Set<TopicPartition> shown = new TreeSet<>(BY_TOPIC_AND_PARTITION);
            group.members().forEach(member -> shown.addAll(member.assignment().topicPartitions()));
            starts.forEach((partition, info) -> {
                if (info != null) {
                    shown.add(partition);
                }
            });
            List<SharePartition> partitions = shown.stream().map(partition -> {
                SharePartitionOffsetInfo info = starts.get(partition);
                // No info yet: the share coordinator holds no state for the partition until records are delivered.
                return new SharePartition(partition.topic(), partition.partition(), info == null ? null : info.startOffset(),
                        endOffsets.getOrDefault(partition, -1L), info == null ? null : info.lag().orElse(null));
            }).toList();
            groups.add(new ShareGroupView(id, group.groupState().toString(), group.groupEpoch(), members, partitions));
        }
        return groups;
    }

    private static List<String> names(Collection<TopicPartition> partitions) {
        return partitions.stream()
                .sorted(BY_TOPIC_AND_PARTITION)
                .map(TopicPartition::toString)
                .toList();
    }

    private static <T> T await(KafkaFuture<T> future) throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The answers that came; a key whose call failed (deleted meanwhile, not a consumer group, ...) is left out. */
    private static <K, V> Map<K, V> successful(Map<K, KafkaFuture<V>> futures) {
        Map<K, V> answers = new HashMap<>();
        futures.forEach((key, future) -> ifAnswered(future).ifPresent(value -> answers.put(key, value)));
        return answers;
    }

    private static <T> Optional<T> ifAnswered(KafkaFuture<T> future) {
        try {
            return Optional.ofNullable(future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
