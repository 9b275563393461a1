package dev.kafkalabs.lab05;

import java.time.Duration;
import java.util.List;

/**
 * Lab 5.6's contract: the catch-up trick. At start-up the reader cuts every partition at its end offset:
 * records after the cut are live, records between the group's committed offset and the cut are backlog.
 * Live records are always served first; backlog is served only while the live side has nothing to do.
 */
public interface CatchUpReader extends AutoCloseable {

    /** The next records to serve: live ones if any are waiting, otherwise a slice of the backlog. */
    List<Served> poll(Duration timeout);

    /** True once every record between the committed offsets and the cut has been served. */
    boolean backlogDone();

    @Override
    void close();
}
