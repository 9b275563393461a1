package dev.kafkalabs.support.clicks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events per domain plus the number of malformed records: what a counter ends with, and what the
 * generator reports as the ground truth.
 */
public record CountResult(Map<String, Long> counts, long malformed) {

    private static final JsonMapper MAPPER = new JsonMapper();
    private static final Comparator<Map.Entry<String, Long>> BY_COUNT_THEN_NAME =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    public CountResult {
        counts = Map.copyOf(counts);
    }

    /** Counts a list of record values the way a correct counter would. */
    public static CountResult of(List<byte[]> values) {
        Map<String, Long> counts = new HashMap<>();
        long malformed = 0;
        for (byte[] value : values) {
            ParsedEvent parsed = ClickEvents.read(value);
            if (parsed.isValid()) {
                counts.merge(parsed.event().domain(), 1L, Long::sum);
            } else {
                malformed++;
            }
        }
        return new CountResult(counts, malformed);
    }

    /** Valid events counted. */
    public long valid() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Domains with their counts, the most frequent first (ties by name). */
    public List<Map.Entry<String, Long>> ranked() {
        return counts.entrySet().stream().sorted(BY_COUNT_THEN_NAME).toList();
    }

    /** One line of JSON: {@code {"counts":{"google.com":123,...},"valid":456,"malformed":7}}. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode countsNode = root.putObject("counts");
        ranked().forEach(entry -> countsNode.put(entry.getKey(), entry.getValue()));
        root.put("valid", valid());
        root.put("malformed", malformed);
        return root.toString();
    }

    /** Reads what {@link #toJson()} wrote. */
    public static CountResult fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
        JsonNode countsNode = root.path("counts");
        JsonNode malformedNode = root.path("malformed");
        if (!countsNode.isObject() || !malformedNode.isIntegralNumber()) {
            throw new IllegalArgumentException("Not a count result (needs \"counts\" and \"malformed\"): " + json);
        }
        Map<String, Long> counts = new HashMap<>();
        countsNode.properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().longValue()));
        return new CountResult(counts, malformedNode.longValue());
    }
}
