package dev.kafkalabs.lab10;

import java.nio.file.Path;
import java.util.Map;

/** Exercise 10.1: a file source, set up the way a Connect user sets one up on a running worker. */
public interface FileSourceSetup {

    /** The connector's configuration: every line of {@code file}, now and appended later, into {@code topic}. */
    Map<String, String> config(Path file, String topic);

    /** Creates the connector {@code config} describes on the worker {@code rest} talks to. */
    void create(ConnectRest rest, Map<String, String> config);
}
