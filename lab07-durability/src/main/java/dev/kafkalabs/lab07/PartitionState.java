package dev.kafkalabs.lab07;

import java.util.List;

/**
 * One partition as the cluster's controller sees it.
 *
 * @param partition the partition number
 * @param leader    the broker that takes its writes and serves its reads, or -1 when it has none
 * @param replicas  every broker that holds a copy, preferred leader first
 * @param isr       the in-sync replicas: the copies that are caught up with the leader
 */
public record PartitionState(int partition, int leader, List<Integer> replicas, List<Integer> isr) {

    /** The replicas other than the leader. */
    public List<Integer> followers() {
        return replicas.stream().filter(id -> id != leader).toList();
    }

    /** One table line: {@code p0  leader 2  replicas [2, 3, 1]  isr [2, 3, 1]}. */
    public String line() {
        return String.format("p%d  leader %s  replicas %-10s isr %s", partition, leader < 0 ? "none" : leader,
                replicas, isr);
    }
}
