package dev.kafkalabs.lab10.starter;

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
        throw new UnsupportedOperationException("Lab 10.2: load ConnectConfig.FILE_SINK, set its "
                + "FileStreamSinkConnector.FILE_CONFIG to the file's full path and its SinkConnector.TOPICS_CONFIG "
                + "to topic, and return it (source() above is the model) - see lab10-connect/README.md section 10.2");
    }
}
