package dev.kafkalabs.ui;

import dev.kafkalabs.ui.ClusterView.GroupView;
import dev.kafkalabs.ui.ClusterView.MemberView;
import dev.kafkalabs.ui.ClusterView.PartitionView;
import dev.kafkalabs.ui.ClusterView.TopicView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns successive views into the events a class watches for: a group's assignment changing (a
 * rebalance: a member joined or left, partitions moved) and a partition's ISR shrinking or growing back.
 * Admin calls show states, not transitions, so the transitions are found by comparing two reads.
 */
final class ChangeLog {

    private static final int KEPT = 30;

    /** @param at epoch millis of the read that saw the change */
    record Event(long at, String kind, String subject, String text) {
    }

    private final Deque<Event> events = new ArrayDeque<>();
    private final Map<String, Map<String, Set<String>>> assignments = new HashMap<>();
    private final Map<String, List<Integer>> isrs = new HashMap<>();

    /** Compares {@code view} with the previous one and returns the most recent events, newest first. */
    synchronized List<Event> record(ClusterView view, long at) {
        for (TopicView topic : view.topics()) {
            for (PartitionView partition : topic.partitions()) {
                compareIsr(topic.name() + "-" + partition.partition(), partition.isr(), at);
            }
        }
        for (GroupView group : view.groups()) {
            compareAssignment(group.groupId(), owners(group.members()), at);
        }
        for (ClusterView.ShareGroupView group : view.shareGroups()) {
            compareAssignment(group.groupId(), owners(group.members()), at);
        }
        return List.copyOf(events);
    }

    synchronized List<Event> recent() {
        return List.copyOf(events);
    }

    private void compareIsr(String partition, List<Integer> isr, long at) {
        List<Integer> before = isrs.put(partition, isr);
        if (before == null || before.equals(isr)) {
            return;
        }
        if (isr.size() < before.size()) {
            add(new Event(at, "isr-shrink", partition, "ISR of " + partition + " shrank from " + before + " to " + isr));
        } else {
            add(new Event(at, "isr-grow", partition, "ISR of " + partition + " is " + isr + " again (was " + before + ")"));
        }
    }

    private static Map<String, Set<String>> owners(List<MemberView> members) {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (MemberView member : members) {
            owners.put(member.clientId() + " " + shortId(member.memberId()), new TreeSet<>(member.partitions()));
        }
        return owners;
    }

    private void compareAssignment(String group, Map<String, Set<String>> now, long at) {
        Map<String, Set<String>> before = assignments.put(group, now);
        if (before == null || before.equals(now)) {
            return;
        }
        List<String> changes = new ArrayList<>();
        now.keySet().stream().filter(member -> !before.containsKey(member)).forEach(member -> changes.add(member + " joined"));
        before.keySet().stream().filter(member -> !now.containsKey(member)).forEach(member -> changes.add(member + " left"));
        now.forEach((member, partitions) -> {
            if (!partitions.equals(before.getOrDefault(member, Set.of()))) {
                changes.add(member + " now owns " + (partitions.isEmpty() ? "nothing" : partitions));
            }
        });
        add(new Event(at, "rebalance", group, "Rebalance of " + group + ": " + String.join("; ", changes)));
    }

    private void add(Event event) {
        events.addFirst(event);
        while (events.size() > KEPT) {
            events.removeLast();
        }
    }

    /** The tail of a member id is enough to tell members apart on a slide-sized page. */
    static String shortId(String memberId) {
        return memberId.length() <= 8 ? memberId : "…" + memberId.substring(memberId.length() - 6);
    }
}
