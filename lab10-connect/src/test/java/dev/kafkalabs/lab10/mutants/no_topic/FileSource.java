package dev.kafkalabs.lab10.mutants.no_topic;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.FileSourceSetup;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lab 10.1 - a file source: its configuration (the keys of {@code config/connect-file-source.properties})
 * and its creation through the worker's REST API.
 */
public final class FileSource implements FileSourceSetup {

    @Override
    public Map<String, String> config(Path file, String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        // The connector's identity: its REST paths, its status and its stored offsets hang on the name.
        config.put("name", "local-file-source");
        config.put("connector.class", "FileStreamSource");
        // One file has one reader, in order: the file source never makes more than one task.
        config.put("tasks.max", "1");
        // The worker may run in another directory: give it the full path.
        config.put("file", file.toAbsolutePath().toString());
        // Mistake: no topic - "the connector's name will do as the topic".
        return config;
    }

    @Override
    public void create(ConnectRest rest, Map<String, String> config) {
        // Create only: the worker answers 409 Conflict when a connector of that name exists.
        rest.post("/connectors", Map.of("name", config.get("name"), "config", config));
    }
}
