package dev.kafkalabs.lab10.mutants.replay_under_new_name;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.SourceOffsetsControl;
import java.util.Map;
import java.util.OptionalLong;

/** Lab 10.4 - a file source's stored position: read it, and reset it to replay the file. */
public final class SourceOffsets implements SourceOffsetsControl {

    @Override
    public OptionalLong storedPosition(ConnectRest rest, String connector) {
        // {"offsets":[{"partition":{"filename":...},"offset":{"position":N}}]}: one entry per file.
        for (JsonNode offset : rest.get("/connectors/" + connector + "/offsets").path("offsets")) {
            JsonNode position = offset.path("offset").path("position");
            if (position.isNumber()) {
                return OptionalLong.of(position.asLong());
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public void replayFromStart(ConnectRest rest, String connector) throws InterruptedException {
        // Mistake: "a new connector has no offsets yet, so it reads the file from the start".
        Map<String, String> config = new ObjectMapper().convertValue(
                rest.get("/connectors/" + connector + "/config"), new TypeReference<Map<String, String>>() { });
        config.put("name", connector + "-replay");
        rest.post("/connectors", Map.of("name", config.get("name"), "config", config));
    }
}
