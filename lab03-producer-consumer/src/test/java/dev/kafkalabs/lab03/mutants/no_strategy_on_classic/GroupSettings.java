package dev.kafkalabs.lab03.mutants.no_strategy_on_classic;

import dev.kafkalabs.lab03.AssignmentMode;
import dev.kafkalabs.lab03.AssignmentSettings;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.GroupProtocol;

/**
 * Lab 3.3 - which settings select a partition assignment: a client-side assignor with the classic
 * protocol, or the broker-side assignor with the Kafka 4 consumer protocol (KIP-848).
 */
public final class GroupSettings implements AssignmentSettings {

    @Override
    public Properties settingsFor(AssignmentMode mode) {
        return mode.protocol() == GroupProtocol.CLASSIC ? classic(mode) : consumerProtocol(mode);
    }

    /** Classic protocol: the group leader (a consumer) runs the assignor the members name. */
    Properties classic(AssignmentMode mode) {
        Properties props = new Properties();
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CLASSIC.name().toLowerCase(Locale.ROOT));
        return props;
    }

    /** Consumer protocol: the broker assigns; a member may only choose which broker-side assignor. */
    Properties consumerProtocol(AssignmentMode mode) {
        Properties props = new Properties();
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CONSUMER.name().toLowerCase(Locale.ROOT));
        props.put(ConsumerConfig.GROUP_REMOTE_ASSIGNOR_CONFIG, mode.serverAssignor());
        return props;
    }
}
