package dev.kafkalabs.lab10;

import dev.kafkalabs.support.KafkaBootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.runtime.rest.RestServerConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;

/**
 * The worker and connector files of {@code lab10-connect/config/} - the same files a Kafka distribution
 * runs with {@code bin/connect-standalone.sh} - as the lab's programs load them.
 */
public final class ConnectConfig {

    /** The standalone worker's settings. */
    public static final String WORKER = "connect-standalone.properties";
    /** A distributed worker's settings, before 10.5's (the group and its topics) are added. */
    public static final String DISTRIBUTED_WORKER = "connect-distributed.properties";
    /** The file source connector: a file's lines into a topic. */
    public static final String FILE_SOURCE = "connect-file-source.properties";
    /** The file sink connector: a topic's records into a file. */
    public static final String FILE_SINK = "connect-file-sink.properties";

    /** The worker setting that names the standalone worker's offsets file. */
    public static final String OFFSETS_FILE = StandaloneConfig.OFFSET_STORAGE_FILE_FILENAME_CONFIG;

    /** The worker creates producers, consumers and an admin client; each takes its settings under a prefix. */
    private static final List<String> WORKER_CLIENT_PREFIXES = List.of("producer.", "consumer.", "admin.");

    private ConnectConfig() {
    }

    /** The settings of {@code config/<fileName>}, in a map the caller may change. */
    public static Map<String, String> load(String fileName) {
        String resource = "/config/" + fileName;
        try (InputStream in = ConnectConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: build lab10-connect first.");
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> settings = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * {@value #WORKER} made to run inside this JVM. Only what differs here is changed:
     * <ul>
     *   <li>{@code bootstrap.servers} (and a secured cluster's client settings) from the workbook's broker
     *       rule, for the worker and for every client it creates;</li>
     *   <li>the offsets file: its relative name is resolved against {@code workDirectory};</li>
     *   <li>the REST port, when {@code restPort} is present (0 picks a free port);</li>
     *   <li>{@code plugin.path} is dropped: in this JVM the file connectors are on the classpath.</li>
     * </ul>
     */
    public static Map<String, String> inProcessWorker(Path workDirectory, OptionalInt restPort) {
        Map<String, String> worker = inThisJvm(load(WORKER), restPort);
        Path offsets = resolve(workDirectory, worker.get(OFFSETS_FILE));
        worker.put(OFFSETS_FILE, offsets.toString());
        return worker;
    }

    /**
     * {@value #DISTRIBUTED_WORKER} made to run inside this JVM, with its REST API on {@code restPort}: the
     * broker, the client settings and the REST port are changed as for {@link #inProcessWorker}. Exercise
     * 10.5's settings still have to be added.
     */
    public static Map<String, String> distributedWorker(int restPort) {
        return inThisJvm(load(DISTRIBUTED_WORKER), OptionalInt.of(restPort));
    }

    private static Map<String, String> inThisJvm(Map<String, String> worker, OptionalInt restPort) {
        KafkaBootstrap.configuredClientProperties().forEach((name, value) -> {
            worker.put(name.toString(), value.toString());
            WORKER_CLIENT_PREFIXES.forEach(prefix -> worker.put(prefix + name, value.toString()));
        });
        restPort.ifPresent(port -> worker.put(RestServerConfig.LISTENERS_CONFIG, "http://127.0.0.1:" + port));
        worker.remove(WorkerConfig.PLUGIN_PATH_CONFIG);
        return worker;
    }

    /** {@code fileName} as is when absolute, otherwise inside {@code workDirectory}. */
    public static Path resolve(Path workDirectory, String fileName) {
        Path file = Path.of(fileName);
        return (file.isAbsolute() ? file : workDirectory.resolve(file)).toAbsolutePath();
    }

    /** Where the programs keep their files unless told otherwise: {@code <temp dir>/kafka-lab10}. */
    public static Path demoDirectory() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "kafka-lab10");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
