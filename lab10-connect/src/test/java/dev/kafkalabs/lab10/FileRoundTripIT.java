package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab10.solution.FileConnectors;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.connect.file.FileStreamSinkConnector;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.2")
class FileRoundTripIT {

    @TempDir
    Path directory;

    @Test
    void theSinkFileEndsUpEqualToTheSourceFile(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-round-trip", 1);
        Path sourceFile = directory.resolve("test.log");
        Path sinkFile = directory.resolve("test.sink.log");

        Map<String, String> sink = Checks.callStatic(FileConnectors.class, "sink", sinkFile, topic);
        assertThat(sink).as("the file sink's configuration")
                .containsEntry(FileStreamSinkConnector.FILE_CONFIG, sinkFile.toAbsolutePath().toString())
                .containsEntry(SinkConnector.TOPICS_CONFIG, topic);
        Map<String, String> source = Checks.callStatic(FileConnectors.class, "source", sourceFile, topic);
        Lines.append(sourceFile, Lines.numbered("first line batch,", 1, 5));

        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            worker.addConnector(source);
            worker.addConnector(sink);
            awaitSameLines(sourceFile, sinkFile);

            Lines.append(sourceFile, Lines.numbered("appended later,", 1, 3));
            awaitSameLines(sourceFile, sinkFile);
        }
    }

    private static void awaitSameLines(Path sourceFile, Path sinkFile) {
        await().atMost(Checks.WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Lines.read(sinkFile))
                        .as("lines of the sink file %s (source file -> topic -> sink file)", sinkFile)
                        .containsExactlyElementsOf(Lines.read(sourceFile)));
    }
}
