package dev.kafkalabs.lab04;

import java.util.Locale;

/** The producer's compression codecs, as {@code compression.type} names them. */
public enum Codec {
    NONE, GZIP, SNAPPY, LZ4, ZSTD;

    /** The codec's name as Kafka's configuration spells it, e.g. {@code "zstd"}. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
