package dev.kafkalabs.lab08;

import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.protocol.ApiMessage;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.coordinator.common.runtime.CoordinatorRecord;
import org.apache.kafka.coordinator.share.ShareCoordinatorRecordSerde;
import org.apache.kafka.coordinator.share.generated.ShareSnapshotKey;
import org.apache.kafka.coordinator.share.generated.ShareSnapshotValue;
import org.apache.kafka.coordinator.share.generated.ShareUpdateKey;
import org.apache.kafka.coordinator.share.generated.ShareUpdateValue;

/**
 * What the broker wrote down about a share group's records. ACCEPT and REJECT look the same to every consumer (the
 * record never comes back), and differ only here: the share coordinator keeps each acknowledged record's state in
 * the internal topic {@value #TOPIC}, as ACKNOWLEDGED (ACCEPT) or ARCHIVED (REJECT, or a delivery count used up).
 * A check reads that topic with a plain consumer and the broker's own record format (KIP-932's ShareSnapshot and
 * ShareUpdate records).
 */
final class ShareGroupStateLog {

    static final String TOPIC = "__share_group_state";

    /** A record's delivery state as the share coordinator writes it (ShareUpdateValue's DeliveryState). */
    enum DeliveryState {
        AVAILABLE(0), ACKNOWLEDGED(2), ARCHIVED(4);

        private final int id;

        DeliveryState(int id) {
            this.id = id;
        }

        static DeliveryState of(byte id) {
            for (DeliveryState state : values()) {
                if (state.id == id) {
                    return state;
                }
            }
            throw new IllegalArgumentException("Delivery state " + id + " is none of " + List.of(values()));
        }
    }

    private static final Duration READ_PATIENCE = Duration.ofSeconds(30);

    private ShareGroupStateLog() {
    }

    /**
     * For each offset of {@code group}'s one-partition topic that the coordinator has a state for, the last state it
     * wrote, in the order of the log (a snapshot restates the offsets it holds; an update overwrites those it names).
     */
    static Map<Long, DeliveryState> lastStates(TestKafka kafka, String group) {
        try {
            return read(kafka, group);
        } catch (KafkaException unreadable) {
            throw new AssertionError("Could not read " + TOPIC + ", where the broker keeps the state of a share group's "
                    + "records (this check reads it to tell ACCEPT from REJECT): " + unreadable, unreadable);
        }
    }

    private static Map<Long, DeliveryState> read(TestKafka kafka, String group) {
        Map<Long, DeliveryState> states = new TreeMap<>();
        ShareCoordinatorRecordSerde serde = new ShareCoordinatorRecordSerde();
        boolean whole = Topics.readUpTo(kafka.endOffsets(TOPIC), kafka.clientProperties(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), READ_PATIENCE, record -> {
                    if (record.key() != null && record.value() != null) {
                        apply(serde.deserialize(ByteBuffer.wrap(record.key()), ByteBuffer.wrap(record.value())), group,
                                states);
                    }
                });
        if (!whole) {
            throw new AssertionError("Could not read " + TOPIC + " up to its end offsets within "
                    + READ_PATIENCE.toSeconds() + " s");
        }
        return states;
    }

    private static void apply(CoordinatorRecord record, String group, Map<Long, DeliveryState> states) {
        ApiMessage key = record.key();
        ApiMessage value = record.value().message();
        if (key instanceof ShareUpdateKey update && update.groupId().equals(group)) {
            for (ShareUpdateValue.StateBatch batch : ((ShareUpdateValue) value).stateBatches()) {
                put(states, batch.firstOffset(), batch.lastOffset(), batch.deliveryState());
            }
        } else if (key instanceof ShareSnapshotKey snapshot && snapshot.groupId().equals(group)) {
            for (ShareSnapshotValue.StateBatch batch : ((ShareSnapshotValue) value).stateBatches()) {
                put(states, batch.firstOffset(), batch.lastOffset(), batch.deliveryState());
            }
        }
    }

    private static void put(Map<Long, DeliveryState> states, long first, long last, byte state) {
        for (long offset = first; offset <= last; offset++) {
            states.put(offset, DeliveryState.of(state));
        }
    }
}
