package dev.kafkalabs.lab10.solution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.ConnectorStatus;
import dev.kafkalabs.lab10.SourceOffsetsControl;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Lab 10.4 - a file source's stored position: read it, and reset it to replay the file.
 * {@code ./labs run 10.4 --starter} creates its file source with your 10.1 {@code FileSource}, and the
 * replay waits with your 10.3 {@code awaitState}: do those first.
 */
public final class SourceOffsets implements SourceOffsetsControl {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

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
        // Offsets can only change while the connector is STOPPED: no task may be writing them meanwhile.
        rest.put("/connectors/" + connector + "/stop");
        ConnectorStatus status = new ConnectorControl().awaitState(rest, connector, "STOPPED", STOP_WAIT);
        if (!status.isSettledIn("STOPPED")) {
            throw new IllegalStateException(connector + " did not stop within " + STOP_WAIT.toSeconds() + " s: " + status);
        }
        rest.delete("/connectors/" + connector + "/offsets");
        rest.put("/connectors/" + connector + "/resume");
    }
}
