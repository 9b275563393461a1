package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.FileSinkSetup;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lab 10.2 - a file sink: its configuration (the keys of {@code config/connect-file-sink.properties}) and
 * its creation, or update, through the worker's REST API.
 * {@code ./labs run 10.2 --starter} creates its file source with your 10.1 {@code FileSource}: do 10.1 first.
 */
public final class FileSink implements FileSinkSetup {

    @Override
    public Map<String, String> config(Path file, String topic) {
        throw new UnsupportedOperationException("Lab 10.2: describe a file sink that writes every record of "
                + "the topic as one line of the file (the settings of config/connect-file-sink.properties)"
                + " - ./labs hint 10.2, README 10.2");
    }

    @Override
    public void createOrUpdate(ConnectRest rest, Map<String, String> config) {
        throw new UnsupportedOperationException("Lab 10.2: hand the sink to the worker through its REST API so "
                + "that doing it again updates the connector instead of failing - ./labs hint 10.2, README 10.2");
    }
}
