package dev.kafkalabs.lab06;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Click events to and from JSON (Jackson), strictly: a value is an event only if it is one JSON object
 * with every field present and of the right type. Anything else is a {@link MalformedEventException}
 * whose message is meant for a dead-letter header.
 */
public final class ClickEvents {

    private static final int MAX_ERROR_LENGTH = 200;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            // "{...} trailing garbage" is not an event either.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectReader TREE_READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writerFor(ClickEvent.class);

    private ClickEvents() {
    }

    /** The event as compact UTF-8 JSON. */
    public static byte[] toJson(ClickEvent event) {
        try {
            return WRITER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + event + " as JSON", e);
        }
    }

    /**
     * Reads one record value.
     *
     * @throws MalformedEventException when it is empty, not JSON, not an object, or a field is missing or
     *                                 has the wrong type
     */
    public static ClickEvent parse(byte[] value) throws MalformedEventException {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty value");
        }
        JsonNode node;
        try {
            node = TREE_READER.readTree(value);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new MalformedEventException("not JSON: " + shorten(reason));
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        return new ClickEvent(
                wholeNumber(node, "timestamp"),
                text(node, "session"),
                text(node, "domain"),
                smallWholeNumber(node, "cost"),
                text(node, "user"),
                text(node, "campaign"),
                text(node, "ip"),
                text(node, "action"));
    }

    /** Like {@link #parse(byte[])}, but returns the problem instead of throwing it (handy in Kafka Streams). */
    public static ParsedEvent read(byte[] value) {
        try {
            return new ParsedEvent(value, parse(value), null);
        } catch (MalformedEventException e) {
            return new ParsedEvent(value, null, e.getMessage());
        }
    }

    private static JsonNode field(JsonNode node, String name) throws MalformedEventException {
        JsonNode field = node.get(name);
        if (field == null || field.isNull()) {
            throw new MalformedEventException("missing field '" + name + "'");
        }
        return field;
    }

    private static String text(JsonNode node, String name) throws MalformedEventException {
        JsonNode field = field(node, name);
        if (!field.isTextual() || field.textValue().isBlank()) {
            throw new MalformedEventException("field '" + name + "' must be a non-empty string, not " + shorten(field.toString()));
        }
        return field.textValue();
    }

    private static long wholeNumber(JsonNode node, String name) throws MalformedEventException {
        JsonNode field = field(node, name);
        if (!field.isIntegralNumber() || !field.canConvertToLong()) {
            throw new MalformedEventException("field '" + name + "' must be a whole number, not " + shorten(field.toString()));
        }
        return field.longValue();
    }

    private static int smallWholeNumber(JsonNode node, String name) throws MalformedEventException {
        long value = wholeNumber(node, name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new MalformedEventException("field '" + name + "' is out of range: " + value);
        }
        return (int) value;
    }

    private static String shorten(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
