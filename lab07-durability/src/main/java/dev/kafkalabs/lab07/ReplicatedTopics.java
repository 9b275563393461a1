package dev.kafkalabs.lab07;

import java.util.List;

/** Exercise 7.1's contract: create a replicated topic and look at its replicas. */
public interface ReplicatedTopics {

    /** Creates {@code topic} so that losing one broker loses no acknowledged write; waits until it is served. */
    void create(String topic, int partitions);

    /** Each partition's leader, replicas and in-sync replicas, in partition order. */
    List<PartitionState> describe(String topic);
}
