package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab10.solution.FileSink;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.2")
class FileSinkIT {

    @TempDir
    Path directory;

    @Test
    void theSinkFileEndsUpEqualToTheSourceFileAndTheSameCallUpdatesTheSink(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-round-trip", 1);
        Path sourceFile = directory.resolve("test.log");
        Path sinkFile = directory.resolve("test.sink.log");
        Lines.append(sourceFile, Lines.numbered("first line batch,", 1, 5));
        FileSinkSetup sink = Variant.current().instantiate(FileSinkSetup.class, FileSink.class);
        Map<String, String> config = sink.config(sinkFile, topic);

        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            worker.create(Checks.sourceConfig("checks-file-source", sourceFile, topic));
            Checks.acceptedByTheWorker(() -> sink.createOrUpdate(worker.rest(), config), config.containsKey("topics")
                    ? "The worker refused your file sink %s, although its settings have what a sink needs ('topics'): "
                    + "createOrUpdate is PUT /connectors/{name}/config, with the settings alone as its body (no "
                    + "{\"name\", \"config\"} envelope: that is POST /connectors'); the worker's answer below says "
                    + "what it could not read." : "The worker refused your file sink %s: a sink reads the topics "
                    + "listed in 'topics' (plural - 'topic' is the source's setting).", config);
            awaitLines(sinkFile, sourceFile, topic);
            assertThat(worker.connectors())
                    .as("connectors on the worker once your sink runs (its config's 'name' is %s): a connector is "
                            + "known, restarted, paused and deleted by its name - without one the request goes to "
                            + "/connectors/null/config and the sink is called null", config.get("name"))
                    .contains(config.get("name")).doesNotContain("null");

            Lines.append(sourceFile, Lines.numbered("appended later,", 1, 3));
            awaitLines(sinkFile, sourceFile, topic);

            Path movedFile = directory.resolve("test.sink.2.log");
            Map<String, String> moved = sink.config(movedFile, topic);
            Checks.acceptedByTheWorker(() -> sink.createOrUpdate(worker.rest(), moved), "Your createOrUpdate(...), "
                    + "called again for the sink that exists, with a new file %s, must update the connector: a "
                    + "create-only request (POST /connectors) answers 409 Conflict for a name that exists.", movedFile);
            List<String> afterUpdate = Lines.numbered("appended after the update,", 1, 2);
            Lines.append(sourceFile, afterUpdate);
            await().atMost(Checks.WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(Lines.read(movedFile))
                            .as("lines of %s, the sink's file after the update: the sink still writes its first "
                                    + "file, so your createOrUpdate(...) did not update it - POST /connectors answers "
                                    + "409 Conflict for a name that exists, and ignoring that leaves the old config; "
                                    + "PUT /connectors/{name}/config creates or updates", movedFile)
                            .containsAll(afterUpdate));
        }
    }

    private static void awaitLines(Path sinkFile, Path sourceFile, String topic) {
        await().atMost(Checks.WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Lines.read(sinkFile))
                        .as("lines of the sink file %s (source file -> topic %s -> sink file): the sink writes the "
                                + "records of the topics in its 'topics' setting - is that the topic the source "
                                + "writes to?", sinkFile, topic)
                        .containsExactlyElementsOf(Lines.read(sourceFile)));
    }
}
