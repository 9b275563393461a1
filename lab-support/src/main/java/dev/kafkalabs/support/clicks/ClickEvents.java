package dev.kafkalabs.support.clicks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Click events to and from JSON, strictly: a value is an event only if it is one JSON object with every
 * field present and of the right type (unknown extra fields are ignored). Anything else is a
 * {@link MalformedEventException} whose message is meant for a dead-letter header.
 *
 * <p>This uses Jackson's streaming API (a token at a time) rather than data binding or a tree: it is
 * the cheapest way to read and write JSON with Jackson, and at 100,000+ events per second per core the
 * JSON handling is most of what the counters and the generator do (see the guide's performance notes).
 */
public final class ClickEvents {

    private static final int MAX_ERROR_LENGTH = 200;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ClickEvents() {
    }

    /** The event as compact UTF-8 JSON, fields in the deck's order. */
    public static byte[] toJson(ClickEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(224);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("timestamp", event.timestamp());
            json.writeStringField("session", event.session());
            json.writeStringField("domain", event.domain());
            json.writeNumberField("cost", event.cost());
            json.writeStringField("user", event.user());
            json.writeStringField("campaign", event.campaign());
            json.writeStringField("ip", event.ip());
            json.writeStringField("action", event.action());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + event + " as JSON", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads one record value.
     *
     * @throws MalformedEventException when it is empty, not JSON, not one object, or a field is missing or
     *                                 has the wrong type
     */
    public static ClickEvent parse(byte[] value) throws MalformedEventException {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty value");
        }
        Fields fields = new Fields();
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEventException("not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                fields.read(name, parser.nextToken(), parser);
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new MalformedEventException("not JSON: it does not end where the object ends");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + shorten(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new MalformedEventException("not JSON: " + shorten(e.getMessage()));
        }
        return fields.toEvent();
    }

    /** Like {@link #parse(byte[])}, but returns the problem instead of throwing it (handy in Kafka Streams). */
    public static ParsedEvent read(byte[] value) {
        try {
            return new ParsedEvent(value, parse(value), null);
        } catch (MalformedEventException e) {
            return new ParsedEvent(value, null, e.getMessage());
        }
    }

    /** The fields of one event as they are read; {@code null} until seen. */
    private static final class Fields {
        private Long timestamp;
        private String session;
        private String domain;
        private Long cost;
        private String user;
        private String campaign;
        private String ip;
        private String action;

        void read(String name, JsonToken token, JsonParser parser) throws IOException, MalformedEventException {
            switch (name) {
                case "timestamp" -> timestamp = wholeNumber(name, token, parser, Long.MIN_VALUE, Long.MAX_VALUE);
                case "session" -> session = text(name, token, parser);
                case "domain" -> domain = text(name, token, parser);
                case "cost" -> cost = wholeNumber(name, token, parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case "user" -> user = text(name, token, parser);
                case "campaign" -> campaign = text(name, token, parser);
                case "ip" -> ip = text(name, token, parser);
                case "action" -> action = text(name, token, parser);
                default -> parser.skipChildren();
            }
        }

        ClickEvent toEvent() throws MalformedEventException {
            return new ClickEvent(required("timestamp", timestamp), required("session", session),
                    required("domain", domain), required("cost", cost).intValue(), required("user", user),
                    required("campaign", campaign), required("ip", ip), required("action", action));
        }

        private static <T> T required(String name, T value) throws MalformedEventException {
            if (value == null) {
                throw new MalformedEventException("missing field '" + name + "'");
            }
            return value;
        }

        /** A non-empty string; {@code null} (treated as missing) for a JSON null. */
        private static String text(String name, JsonToken token, JsonParser parser) throws IOException, MalformedEventException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
                throw new MalformedEventException("field '" + name + "' must be a non-empty string, not " + describe(token, parser));
            }
            return parser.getText();
        }

        /** A whole number in [min, max]; {@code null} (treated as missing) for a JSON null. */
        private static Long wholeNumber(String name, JsonToken token, JsonParser parser, long min, long max)
                throws IOException, MalformedEventException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_NUMBER_INT) {
                throw new MalformedEventException("field '" + name + "' must be a whole number, not " + describe(token, parser));
            }
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    || parser.getLongValue() < min || parser.getLongValue() > max) {
                throw new MalformedEventException("field '" + name + "' is out of range: " + shorten(parser.getText()));
            }
            return parser.getLongValue();
        }

        private static String describe(JsonToken token, JsonParser parser) throws IOException {
            return switch (token) {
                case START_OBJECT -> {
                    parser.skipChildren();
                    yield "an object";
                }
                case START_ARRAY -> {
                    parser.skipChildren();
                    yield "an array";
                }
                case VALUE_STRING -> "\"" + shorten(parser.getText()) + "\"";
                default -> shorten(parser.getText());
            };
        }
    }

    private static String shorten(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
