package dev.kafkalabs.lab04;

import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Record values prepared before a benchmark starts, so that the timed loop measures Kafka and not
 * the making of data. {@link #get(int)} cycles through the prepared values.
 */
public final class Payloads {

    private final byte[][] values;

    private Payloads(byte[][] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("at least one payload is needed");
        }
        this.values = values;
    }

    /**
     * {@code distinct} values of {@code size} random capital letters, the kind of value
     * {@code ProducerPerformance --record-size} sends.
     */
    public static Payloads randomLetters(int size, int distinct, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[][] values = new byte[distinct][size];
        for (byte[] value : values) {
            for (int i = 0; i < size; i++) {
                value[i] = (byte) ('A' + random.nextInt(26));
            }
        }
        return new Payloads(values);
    }

    /** {@code count} click events as JSON, from the generator lab 6 uses (the course's schema and traffic). */
    public static Payloads clickstreamJson(int count, long seed) {
        ClickstreamGenerator events = new ClickstreamGenerator(seed);
        byte[][] values = new byte[count][];
        for (int i = 0; i < count; i++) {
            values[i] = ClickEvents.toJson(events.next());
        }
        return new Payloads(values);
    }

    /** Random bytes (incompressible), one value per value of {@code shape} and of the same length. */
    public static Payloads randomBytesShapedLike(Payloads shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[][] values = new byte[shape.values.length][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new byte[shape.values[i].length];
            random.nextBytes(values[i]);
        }
        return new Payloads(values);
    }

    public static Payloads of(List<byte[]> values) {
        return new Payloads(values.toArray(byte[][]::new));
    }

    public byte[] get(int i) {
        return values[i % values.length];
    }

    /** How many distinct values there are before {@link #get(int)} starts again. */
    public int distinct() {
        return values.length;
    }

    /** The number of value bytes in the first {@code count} records. */
    public long totalBytes(int count) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += get(i).length;
        }
        return total;
    }
}
