package dev.kafkalabs.support.clicks;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The dead-letter convention of the click-stream counters (labs 6 and 11): a malformed record is copied unchanged (key and value bytes)
 * to the dead-letter topic, with headers saying what was wrong and where it came from, so that someone
 * can inspect it, fix the producer, and replay it.
 */
public final class DeadLetters {

    /** Why the record was rejected, e.g. {@code missing field 'domain'}. */
    public static final String ERROR_HEADER = "error";
    public static final String SOURCE_TOPIC_HEADER = "source.topic";
    public static final String SOURCE_PARTITION_HEADER = "source.partition";
    public static final String SOURCE_OFFSET_HEADER = "source.offset";

    private DeadLetters() {
    }

    /** The headers of a dead letter for the record at {@code topic}/{@code partition}/{@code offset}. */
    public static Headers headers(Headers original, String error, String topic, int partition, long offset) {
        Headers headers = new RecordHeaders(original.toArray());
        headers.add(ERROR_HEADER, utf8(error));
        headers.add(SOURCE_TOPIC_HEADER, utf8(topic));
        headers.add(SOURCE_PARTITION_HEADER, utf8(String.valueOf(partition)));
        headers.add(SOURCE_OFFSET_HEADER, utf8(String.valueOf(offset)));
        return headers;
    }

    /** The text of the last header called {@code name}, or {@code null}. */
    public static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
