package dev.kafkalabs.lab03;

import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.RoundRobinAssignor;

/**
 * The ways a consumer group can split partitions among its members (exercise 3.3). With the classic
 * protocol the group leader - one of the consumers - runs a client-side assignor; with the Kafka 4
 * consumer protocol (KIP-848) the broker assigns, using a server-side assignor named by the consumer.
 */
public enum AssignmentMode {
    RANGE(GroupProtocol.CLASSIC, RangeAssignor.class, null),
    ROUND_ROBIN(GroupProtocol.CLASSIC, RoundRobinAssignor.class, null),
    COOPERATIVE_STICKY(GroupProtocol.CLASSIC, CooperativeStickyAssignor.class, null),
    SERVER_RANGE(GroupProtocol.CONSUMER, null, "range"),
    SERVER_UNIFORM(GroupProtocol.CONSUMER, null, "uniform");

    private final GroupProtocol protocol;
    private final Class<?> clientAssignor;
    private final String serverAssignor;

    AssignmentMode(GroupProtocol protocol, Class<?> clientAssignor, String serverAssignor) {
        this.protocol = protocol;
        this.clientAssignor = clientAssignor;
        this.serverAssignor = serverAssignor;
    }

    public GroupProtocol protocol() {
        return protocol;
    }

    /** The assignor class a classic-protocol consumer names; null for the consumer protocol. */
    public Class<?> clientAssignor() {
        return clientAssignor;
    }

    /** The broker-side assignor a consumer-protocol consumer names ("range" or "uniform"); null for classic. */
    public String serverAssignor() {
        return serverAssignor;
    }

    /** For tables: "RangeAssignor (classic)", "uniform (consumer, on the broker)". */
    public String label() {
        return protocol == GroupProtocol.CLASSIC
                ? clientAssignor.getSimpleName() + " (classic)"
                : serverAssignor + " (consumer protocol, broker-side)";
    }
}
