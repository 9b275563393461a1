package dev.kafkalabs.lab10;

import java.nio.file.Path;
import java.util.Map;

/** Exercise 10.2: a file sink, set up the way a Connect user sets one up on a running worker. */
public interface FileSinkSetup {

    /** The connector's configuration: every record of {@code topic} as one line of {@code file}. */
    Map<String, String> config(Path file, String topic);

    /** Creates the connector {@code config} describes, or updates it when one of that name exists already. */
    void createOrUpdate(ConnectRest rest, Map<String, String> config);
}
