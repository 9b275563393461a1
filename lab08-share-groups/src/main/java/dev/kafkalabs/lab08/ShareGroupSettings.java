package dev.kafkalabs.lab08;

import java.time.Duration;
import java.util.Map;

/**
 * Names of a share group's own configs (KIP-932), set on the broker per group. The client library has
 * no constants for them: they belong to the group, not to a consumer.
 */
public final class ShareGroupSettings {

    /** How long a consumer may hold a record it was given before the broker hands it to someone else. */
    public static final String RECORD_LOCK_DURATION_MS = "share.record.lock.duration.ms";
    /** How many times a record is delivered at most before the broker archives it. */
    public static final String DELIVERY_COUNT_LIMIT = "share.delivery.count.limit";

    private ShareGroupSettings() {
    }

    /** No settings beyond what every exercise's group needs. */
    public static Map<String, String> none() {
        return Map.of();
    }

    /** An acquisition lock of {@code duration} (down to the broker's group.share.min.record.lock.duration.ms). */
    public static Map<String, String> lockDuration(Duration duration) {
        return Map.of(RECORD_LOCK_DURATION_MS, String.valueOf(duration.toMillis()));
    }

    /** At most {@code deliveries} deliveries per record (2 to 10 with the broker's defaults). */
    public static Map<String, String> deliveryCountLimit(int deliveries) {
        return Map.of(DELIVERY_COUNT_LIMIT, String.valueOf(deliveries));
    }
}
