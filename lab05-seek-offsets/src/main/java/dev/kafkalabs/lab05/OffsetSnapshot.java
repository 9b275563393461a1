package dev.kafkalabs.lab05;

/**
 * One partition's offsets at one moment, as the deck's "Understanding Offsets" slide draws them.
 *
 * @param lastCommitted    the group's committed offset: where a restarted consumer resumes (-1: none)
 * @param position         the offset of the next record this consumer's {@code poll()} returns
 * @param lastStableOffset the first offset of a still-open transaction (or the high watermark when none
 *                         is open): a {@code read_committed} consumer reads nothing at or beyond it
 * @param highWatermark    the end offset: one past the last record every in-sync replica has; a
 *                         {@code read_uncommitted} consumer reads up to it
 */
public record OffsetSnapshot(long lastCommitted, long position, long lastStableOffset, long highWatermark) {

    public static final long NONE = -1;

    /** What this {@code read_committed} consumer can still read now: the consumer's {@code records-lag}. */
    public long consumerLag() {
        return lastStableOffset - position;
    }

    /** What the group has not committed yet: the LAG column of {@code kafka-consumer-groups.sh --describe}. */
    public long groupLag() {
        return highWatermark - Math.max(lastCommitted, 0);
    }
}
