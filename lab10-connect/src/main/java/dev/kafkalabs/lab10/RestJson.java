package dev.kafkalabs.lab10;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Reads the JSON answers of a Connect worker's REST API. */
public final class RestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RestJson() {
    }

    /** A JSON array of strings, such as the answer of {@code GET /connectors}. */
    public static List<String> strings(String json) {
        List<String> strings = new ArrayList<>();
        parse(json).forEach(element -> strings.add(element.asText()));
        return strings;
    }

    /** The answer of {@code GET /connectors/<name>/status}. */
    public static ConnectorStatus status(String json) {
        JsonNode root = parse(json);
        List<String> taskStates = new ArrayList<>();
        root.path("tasks").forEach(task -> taskStates.add(task.path("state").asText()));
        return new ConnectorStatus(root.path("name").asText(), root.path("type").asText(),
                root.path("connector").path("state").asText(), taskStates);
    }

    /**
     * The file position a file source has stored, from the answer of {@code GET /connectors/<name>/offsets}
     * ({@code {"offsets":[{"partition":{"filename":...},"offset":{"position":N}}]}}); empty when none is stored.
     */
    public static OptionalLong storedPosition(String json) {
        for (JsonNode offset : parse(json).path("offsets")) {
            JsonNode position = offset.path("offset").path("position");
            if (position.isNumber()) {
                return OptionalLong.of(position.asLong());
            }
        }
        return OptionalLong.empty();
    }

    /** {@code json} indented for people. */
    public static String pretty(String json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(parse(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The worker answered something that is not JSON: " + json, e);
        }
    }
}
