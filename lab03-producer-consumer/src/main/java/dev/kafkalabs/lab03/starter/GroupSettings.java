package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.AssignmentMode;
import dev.kafkalabs.lab03.AssignmentSettings;
import java.util.Properties;
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
        throw new UnsupportedOperationException("Lab 3.3: return the settings that make the group leader, a "
                + "consumer, assign with the mode's client-side assignor - ./labs hint 3.3, README 3.3");
    }

    /** Consumer protocol: the broker assigns; a member may only choose which broker-side assignor. */
    Properties consumerProtocol(AssignmentMode mode) {
        throw new UnsupportedOperationException("Lab 3.3: return the settings that make the broker assign, with "
                + "the mode's broker-side assignor - ./labs hint 3.3, README 3.3");
    }
}
