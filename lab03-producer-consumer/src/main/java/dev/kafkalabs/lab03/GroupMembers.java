package dev.kafkalabs.lab03;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Waiting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumers of one group, each polling on its own thread, and what the group gave each of them: its
 * current partitions and every partition it had to give up. Used by exercise 3.3 to show assignments.
 */
public final class GroupMembers implements AutoCloseable {

    /** One member's story: partitions held now, and partitions revoked from it so far. */
    public record Member(String name, Set<TopicPartition> owned, List<TopicPartition> revoked, boolean assigned) {
    }

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Comparator<TopicPartition> ORDER =
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    private final String group;
    private final List<String> topics;
    private final Properties settings;
    private final Map<String, MemberState> members = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private Admin admin;

    public GroupMembers(String group, List<String> topics, Properties settings) {
        this.group = group;
        this.topics = topics;
        this.settings = settings;
    }

    /** Starts one more member, named {@code name}, polling on its own thread. */
    public synchronized void start(String name) {
        Properties props = KafkaBootstrap.clientProperties();
        props.putAll(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // The member's name in the tables; the coordinator reports members by client id.
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, name);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        String protocol = String.valueOf(props.get(ConsumerConfig.GROUP_PROTOCOL_CONFIG));
        if (!GroupProtocol.CONSUMER.name().equalsIgnoreCase(protocol)) {
            // Classic members learn of a rebalance from a heartbeat: every 0.5 s instead of 3 s keeps the demo brisk.
            props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        }
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        MemberState state = new MemberState();
        members.put(name, state);
        Thread thread = new Thread(() -> pollUntilClosed(consumer, state), "member-" + name);
        threads.add(thread);
        thread.start();
    }

    /** Every member's assignment right now, in start order. */
    public synchronized List<Member> members() {
        List<Member> snapshot = new ArrayList<>();
        members.forEach((name, state) -> snapshot.add(new Member(name, sorted(state.owned),
                List.copyOf(state.revoked), state.assigned)));
        return snapshot;
    }

    /**
     * True when the rebalance is over: the group coordinator reports the group stable with the
     * assignment every member has taken up, and together the members own each of the
     * {@code partitionCount} partitions exactly once.
     */
    public boolean settled(int partitionCount) {
        Map<String, Set<TopicPartition>> coordinatorView = coordinatorAssignment();
        synchronized (this) {
            Set<TopicPartition> union = new HashSet<>();
            int owned = 0;
            for (Map.Entry<String, MemberState> member : members.entrySet()) {
                MemberState state = member.getValue();
                if (!state.assigned || !state.owned.equals(coordinatorView.get(member.getKey()))) {
                    return false;
                }
                union.addAll(state.owned);
                owned += state.owned.size();
            }
            return union.size() == partitionCount && owned == partitionCount;
        }
    }

    /** Client id to assignment, as the group coordinator sees it; empty while the group is not stable. */
    private Map<String, Set<TopicPartition>> coordinatorAssignment() {
        try {
            ConsumerGroupDescription description = admin().describeConsumerGroups(List.of(group))
                    .describedGroups().get(group).get(30, TimeUnit.SECONDS);
            if (description.groupState() != GroupState.STABLE) {
                return Map.of();
            }
            Map<String, Set<TopicPartition>> view = new HashMap<>();
            description.members().forEach(member -> view.put(member.clientId(),
                    new HashSet<>(member.assignment().topicPartitions())));
            return view;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(KafkaBootstrap.clientProperties());
        }
        return admin;
    }

    /** Waits until {@link #settled(int)}; false if {@code timeout} passes first. */
    public boolean awaitSettled(int partitionCount, Duration timeout) {
        return Waiting.until(timeout, () -> settled(partitionCount));
    }

    @Override
    public void close() throws InterruptedException {
        if (closed.getAndSet(true)) {
            return;
        }
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30).toMillis());
        }
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Polls until {@link #close()}; a short poll timeout lets the member notice soon, then it leaves the group. */
    private void pollUntilClosed(KafkaConsumer<String, String> consumer, MemberState state) {
        try (consumer) {
            consumer.subscribe(topics, new Recorder(state));
            while (!closed.get()) {
                consumer.poll(POLL_TIMEOUT);
            }
        }
    }

    private static Set<TopicPartition> sorted(Collection<TopicPartition> partitions) {
        Set<TopicPartition> result = new TreeSet<>(ORDER);
        result.addAll(partitions);
        return result;
    }

    private static final class MemberState {
        final Set<TopicPartition> owned = new HashSet<>();
        final List<TopicPartition> revoked = new ArrayList<>();
        boolean assigned;
    }

    /** Keeps a member's state up to date; runs on the member's polling thread. */
    private final class Recorder implements ConsumerRebalanceListener {
        private final MemberState state;

        Recorder(MemberState state) {
            this.state = state;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            synchronized (GroupMembers.this) {
                state.owned.addAll(partitions);
                state.assigned = true;
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            synchronized (GroupMembers.this) {
                state.owned.removeAll(partitions);
                state.revoked.addAll(sorted(partitions));
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }
    }
}
