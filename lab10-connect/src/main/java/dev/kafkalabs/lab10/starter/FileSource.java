package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.FileSourceSetup;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lab 10.1 - a file source: its configuration (the keys of {@code config/connect-file-source.properties})
 * and its creation through the worker's REST API.
 */
public final class FileSource implements FileSourceSetup {

    @Override
    public Map<String, String> config(Path file, String topic) {
        throw new UnsupportedOperationException("Lab 10.1: describe a file source that sends every line of "
                + "the file, now and later, to the topic (the settings of config/connect-file-source.properties)"
                + " - ./labs hint 10.1, README 10.1");
    }

    @Override
    public void create(ConnectRest rest, Map<String, String> config) {
        throw new UnsupportedOperationException("Lab 10.1: ask the running worker, through its REST API, to "
                + "create this new connector - ./labs hint 10.1, README 10.1");
    }
}
