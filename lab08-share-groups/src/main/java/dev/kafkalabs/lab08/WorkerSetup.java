package dev.kafkalabs.lab08;

import dev.kafkalabs.support.KafkaBootstrap;
import java.util.Properties;

/**
 * Where a queue worker reads and under which name: the topic, the share group, a name for its output
 * (also its {@code client.id}), and the client settings to start from (the broker address, plus
 * anything the caller adds, such as a small batch size for a demo).
 *
 * @param clientProperties settings every client of this run needs; copied, never changed
 * @param topic            the topic to read
 * @param group            the share group's id
 * @param name             the worker's name in printed lines and in the group's member list
 */
public record WorkerSetup(Properties clientProperties, String topic, String group, String name) {

    /** A worker on the broker the broker rule finds ({@link KafkaBootstrap}). */
    public static WorkerSetup of(String topic, String group, String name) {
        return new WorkerSetup(KafkaBootstrap.clientProperties(), topic, group, name);
    }

    /** The same worker with one more client setting. */
    public WorkerSetup with(String key, Object value) {
        Properties copy = properties();
        copy.put(key, value);
        return new WorkerSetup(copy, topic, group, name);
    }

    /** The same setup under another name. */
    public WorkerSetup named(String otherName) {
        return new WorkerSetup(clientProperties, topic, group, otherName);
    }

    /** A fresh copy of the client settings, for a worker to add its own to. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(clientProperties);
        return copy;
    }
}
