package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.ConnectConfig;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.file.FileStreamSinkConnector;
import org.apache.kafka.connect.file.FileStreamSourceConnector;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Labs 10.1 and 10.2 - the file connectors' configurations: the shipped {@code .properties} files with the
 * file and the topic a program chose.
 */
public final class FileConnectors {

    private FileConnectors() {
    }

    /** {@code connect-file-source.properties}: the lines of {@code file} into {@code topic}. */
    public static Map<String, String> source(Path file, String topic) {
        Map<String, String> config = ConnectConfig.load(ConnectConfig.FILE_SOURCE);
        // The worker may run in another directory: give it the full path.
        config.put(FileStreamSourceConnector.FILE_CONFIG, file.toAbsolutePath().toString());
        config.put(FileStreamSourceConnector.TOPIC_CONFIG, topic);
        return config;
    }

    /** {@code connect-file-sink.properties}: the records of {@code topic} into {@code file}. */
    public static Map<String, String> sink(Path file, String topic) {
        Map<String, String> config = ConnectConfig.load(ConnectConfig.FILE_SINK);
        config.put(FileStreamSinkConnector.FILE_CONFIG, file.toAbsolutePath().toString());
        // A sink reads a list of topics: the key is "topics", plural.
        config.put(SinkConnector.TOPICS_CONFIG, topic);
        return config;
    }
}
