package dev.kafkalabs.lab07.starter;

import dev.kafkalabs.lab07.PartitionState;
import dev.kafkalabs.lab07.ReplicatedTopics;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/** Lab 7.1: a topic that survives the loss of a broker, and a look at its replicas. */
public final class ReplicatedTopic implements ReplicatedTopics {

    private final Admin admin;

    public ReplicatedTopic(Admin admin) {
        this.admin = admin;
    }

    @Override
    public void create(String topic, int partitions) {
        throw new UnsupportedOperationException("Lab 7.1: create a topic whose acknowledged writes survive the loss "
                + "of one broker of three, and wait until it is served - ./labs hint 7.1, README 7.1");
    }

    @Override
    public List<PartitionState> describe(String topic) {
        throw new UnsupportedOperationException("Lab 7.1: report each partition's leader, replicas and in-sync "
                + "replicas as the controller sees them - ./labs hint 7.1, README 7.1");
    }
}
