package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.FileSinkSetup;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lab 10.2 - a file sink: its configuration (the keys of {@code config/connect-file-sink.properties}) and
 * its creation, or update, through the worker's REST API.
 * {@code ./labs run 10.2 --starter} creates its file source with your 10.1 {@code FileSource}: do 10.1 first.
 */
public final class FileSink implements FileSinkSetup {

    @Override
    public Map<String, String> config(Path file, String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("name", "local-file-sink");
        config.put("connector.class", "FileStreamSink");
        config.put("tasks.max", "1");
        config.put("file", file.toAbsolutePath().toString());
        // A sink consumes a list of topics: "topics", plural.
        config.put("topics", topic);
        return config;
    }

    @Override
    public void createOrUpdate(ConnectRest rest, Map<String, String> config) {
        // PUT .../config creates the connector or replaces its configuration: running it twice is safe.
        rest.put("/connectors/" + config.get("name") + "/config", config);
    }
}
