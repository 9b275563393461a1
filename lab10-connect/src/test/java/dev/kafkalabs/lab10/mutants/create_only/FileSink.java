package dev.kafkalabs.lab10.mutants.create_only;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.FileSinkSetup;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lab 10.2 - a file sink: its configuration (the keys of {@code config/connect-file-sink.properties}) and
 * its creation, or update, through the worker's REST API.
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
        // Mistake: POST /connectors only creates; a second call for the same name is a 409 Conflict.
        rest.post("/connectors", Map.of("name", config.get("name"), "config", config));
    }
}
