package dev.kafkalabs.ui;

import java.util.List;

/**
 * What the page shows of the cluster at one moment, as it goes to the browser (JSON). Built by
 * {@link ClusterReader}; the {@code events} (rebalances, ISR changes) come from {@link ChangeLog}.
 *
 * @param bootstrap where the view looks (the broker rule's address list)
 * @param problem   why nothing else is shown (no broker answers, ...), or {@code null}
 */
record ClusterView(String bootstrap, String problem, List<BrokerNode> brokers, List<TopicView> topics,
                   List<GroupView> groups, List<ShareGroupView> shareGroups, List<ChangeLog.Event> events) {

    static ClusterView unavailable(String bootstrap, String problem, List<ChangeLog.Event> events) {
        return new ClusterView(bootstrap, problem, List.of(), List.of(), List.of(), List.of(), events);
    }

    ClusterView withEvents(List<ChangeLog.Event> newEvents) {
        return new ClusterView(bootstrap, problem, brokers, topics, groups, shareGroups, newEvents);
    }

    record BrokerNode(int id, String address) {
    }

    record TopicView(String name, List<PartitionView> partitions) {
    }

    /**
     * @param logStartOffset   the first offset still stored (retention deletes below it)
     * @param lastStableOffset where read_committed consumers stop: the first offset of an open transaction
     * @param highWatermark    one past the last record every in-sync replica has
     * @param isrShrunk        fewer replicas in sync than assigned
     */
    record PartitionView(int partition, Integer leader, List<Integer> replicas, List<Integer> isr, boolean isrShrunk,
                         long logStartOffset, long lastStableOffset, long highWatermark) {
    }

    /**
     * A consumer group of either protocol.
     *
     * @param protocol "classic" (the client assigns) or "consumer" (KIP-848: the broker assigns)
     * @param epoch    the group epoch of a consumer-protocol group (it grows at every rebalance), else null
     */
    record GroupView(String groupId, String protocol, String state, String assignor, Integer epoch,
                     List<MemberView> members, List<GroupPartition> partitions) {
    }

    record MemberView(String memberId, String clientId, String host, String instanceId, List<String> partitions) {
    }

    /** A partition the group owns or has committed: who owns it, where the commit stands, how far behind. */
    record GroupPartition(String topic, int partition, String owner, Long committed, long endOffset, Long lag) {
    }

    /** A share group (KIP-932): members may share partitions; Kafka tracks delivery per record. */
    record ShareGroupView(String groupId, String state, Integer epoch, List<MemberView> members,
                          List<SharePartition> partitions) {
    }

    /**
     * @param startOffset the share-partition start offset: every record before it is done (acknowledged,
     *                    rejected or out of attempts); the records in flight are at or after it. Null while
     *                    the broker keeps no state for the partition yet
     * @param lag         records not yet delivered and acknowledged, as the broker counts them (may be absent)
     */
    record SharePartition(String topic, int partition, Long startOffset, long endOffset, Long lag) {
    }
}
