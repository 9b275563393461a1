package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.connect.file.FileStreamSinkConnector;
import org.apache.kafka.connect.file.FileStreamSourceConnector;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.runtime.rest.RestServerConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped files are valid Kafka 4 configurations, and the in-process changes are only the intended ones. */
class ConnectConfigTest {

    @TempDir
    Path directory;

    @Test
    void theShippedWorkerFileIsAValidKafka4StandaloneConfig() {
        Map<String, String> worker = ConnectConfig.load(ConnectConfig.WORKER);

        assertThatNoException().as("StandaloneConfig accepts connect-standalone.properties")
                .isThrownBy(() -> new StandaloneConfig(worker));
        assertThat(worker).as("connect-standalone.properties")
                .containsEntry(WorkerConfig.KEY_CONVERTER_CLASS_CONFIG, StringConverter.class.getName())
                .containsEntry(WorkerConfig.VALUE_CONVERTER_CLASS_CONFIG, StringConverter.class.getName())
                .containsEntry(RestServerConfig.LISTENERS_CONFIG, "http://127.0.0.1:8083")
                .containsEntry(WorkerConfig.PLUGIN_DISCOVERY_CONFIG, "service_load")
                .containsKeys(StandaloneConfig.OFFSET_STORAGE_FILE_FILENAME_CONFIG, WorkerConfig.PLUGIN_PATH_CONFIG);
        assertThat(worker.keySet()).as("settings removed before Kafka 4 (internal.*.converter)")
                .noneMatch(name -> name.startsWith("internal."));
    }

    @Test
    void theShippedConnectorFilesAreValidForTheirConnectors() {
        assertThat(new FileStreamSourceConnector().validate(ConnectConfig.load(ConnectConfig.FILE_SOURCE))
                .configValues()).as("connect-file-source.properties, validated by the file source")
                .allMatch(value -> value.errorMessages().isEmpty());
        assertThat(new FileStreamSinkConnector().validate(ConnectConfig.load(ConnectConfig.FILE_SINK))
                .configValues()).as("connect-file-sink.properties, validated by the file sink")
                .allMatch(value -> value.errorMessages().isEmpty());
    }

    @Test
    void inProcessTheWorkerChangesOnlyBrokerOffsetsFileRestPortAndPluginPath() {
        Map<String, String> shipped = ConnectConfig.load(ConnectConfig.WORKER);
        Map<String, String> inProcess = ConnectConfig.inProcessWorker(directory, OptionalInt.of(0));

        assertThat(inProcess).as("in-process worker settings")
                .containsEntry(StandaloneConfig.OFFSET_STORAGE_FILE_FILENAME_CONFIG,
                        directory.resolve("connect.offsets").toAbsolutePath().toString())
                .containsEntry(RestServerConfig.LISTENERS_CONFIG, "http://127.0.0.1:0")
                .doesNotContainKey(WorkerConfig.PLUGIN_PATH_CONFIG)
                .containsEntry(WorkerConfig.KEY_CONVERTER_CLASS_CONFIG, shipped.get(WorkerConfig.KEY_CONVERTER_CLASS_CONFIG))
                .containsEntry(WorkerConfig.VALUE_CONVERTER_CLASS_CONFIG, shipped.get(WorkerConfig.VALUE_CONVERTER_CLASS_CONFIG))
                .containsEntry(WorkerConfig.PLUGIN_DISCOVERY_CONFIG, shipped.get(WorkerConfig.PLUGIN_DISCOVERY_CONFIG));
        assertThat(ConnectConfig.inProcessWorker(directory, OptionalInt.empty()))
                .as("without --rest-port the file's listener stays")
                .containsEntry(RestServerConfig.LISTENERS_CONFIG, shipped.get(RestServerConfig.LISTENERS_CONFIG));
    }
}
