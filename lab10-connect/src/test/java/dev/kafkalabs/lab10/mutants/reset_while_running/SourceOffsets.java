package dev.kafkalabs.lab10.mutants.reset_while_running;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.SourceOffsetsControl;
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
        // Mistake: reset the offsets while the connector runs.
        rest.delete("/connectors/" + connector + "/offsets");
        rest.put("/connectors/" + connector + "/resume");
    }
}
