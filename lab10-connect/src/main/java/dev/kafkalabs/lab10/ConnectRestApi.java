package dev.kafkalabs.lab10;

import java.util.List;
import java.util.OptionalLong;

/** The calls of a Connect worker's REST API that exercises 10.3 and 10.4 make; both sides implement it. */
public interface ConnectRestApi {

    /** {@code GET /connectors}: the names of the connectors the worker runs. */
    List<String> connectors();

    /** {@code GET /connectors/<name>/status}: the connector's state and its tasks' states. */
    ConnectorStatus status(String connector);

    /** {@code PUT /connectors/<name>/pause}: the connector and its tasks stop processing, but stay configured. */
    void pause(String connector);

    /** {@code PUT /connectors/<name>/resume}: a paused connector carries on where it stopped. */
    void resume(String connector);

    /**
     * {@code GET /connectors/<name>/offsets}: for a file source, the position in its file (bytes already
     * sent) the worker has stored; empty when none is stored yet.
     */
    OptionalLong storedPosition(String connector);
}
