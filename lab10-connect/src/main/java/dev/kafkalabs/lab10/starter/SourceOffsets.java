package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.SourceOffsetsControl;
import java.util.OptionalLong;

/**
 * Lab 10.4 - a file source's stored position: read it, and reset it to replay the file.
 * {@code ./labs run 10.4 --starter} creates its file source with your 10.1 {@code FileSource}, and the
 * replay waits with your 10.3 {@code awaitState}: do those first.
 */
public final class SourceOffsets implements SourceOffsetsControl {

    @Override
    public OptionalLong storedPosition(ConnectRest rest, String connector) {
        throw new UnsupportedOperationException("Lab 10.4: read the file position the worker stored for the "
                + "connector - ./labs hint 10.4, README 10.4");
    }

    @Override
    public void replayFromStart(ConnectRest rest, String connector) throws InterruptedException {
        throw new UnsupportedOperationException("Lab 10.4: make the same connector read its file again from the "
                + "first line, the supported way - ./labs hint 10.4, README 10.4");
    }
}
