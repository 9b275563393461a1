package dev.kafkalabs.lab10;

import java.util.OptionalLong;

/** Exercise 10.4: the positions a worker keeps for a file source, read and reset through the REST API. */
public interface SourceOffsetsControl {

    /** The position in its file (bytes already sent) the worker has stored for the file source; empty when none. */
    OptionalLong storedPosition(ConnectRest rest, String connector);

    /**
     * Makes the file source send its whole file once more, from the first line, and then go on as before
     * (one connector reading the file, lines appended later sent once).
     */
    void replayFromStart(ConnectRest rest, String connector) throws InterruptedException;
}
