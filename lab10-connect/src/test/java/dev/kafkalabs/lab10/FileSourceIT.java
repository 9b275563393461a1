package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kafkalabs.lab10.solution.FileSource;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.1")
class FileSourceIT {

    @TempDir
    Path directory;

    @Test
    void theFileSourceSendsEveryLineOnceInFileOrderIncludingLinesAppendedLater(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-source", 1);
        Path file = directory.resolve("test.log");
        List<String> expected = new ArrayList<>(Lines.numbered("line in the file at start,", 1, 5));
        Lines.append(file, expected);
        FileSourceSetup source = Variant.current().instantiate(FileSourceSetup.class, FileSource.class);
        Map<String, String> config = source.config(file, topic);

        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            Checks.acceptedByTheWorker(() -> source.create(worker.rest(), config), config.containsKey("topic")
                    && config.containsKey("file") ? "The worker refused your file source %s, although its settings "
                    + "have what a file source needs ('topic' and 'file'): POST /connectors takes them inside "
                    + "{\"name\": ..., \"config\": {...}}, and the worker's answer below says what it could not read."
                    : "The worker refused your file source %s: a file source needs the topic it writes to ('topic') "
                    + "and the file it reads ('file').", config);
            String name = config.get("name");
            assertThat(worker.connectors()).as("GET /connectors after your create(...)").containsExactly(name);
            worker.awaitState(name, "RUNNING", "the file source should run once created");

            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s once the file source runs on %s (its 'file' must be the file's full path: the "
                            + "worker resolves a relative name against its own working directory, %s)",
                            topic, file, Path.of("").toAbsolutePath())
                    .containsExactlyElementsOf(expected);

            List<String> appended = Lines.numbered("line appended while the worker runs,", 1, 3);
            Lines.append(file, appended);
            expected.addAll(appended);
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after appending %d lines to %s: each line once, in file order",
                            topic, appended.size(), file)
                    .containsExactlyElementsOf(expected);

            int tasks = worker.tasks(name).size();
            assertThat(config.getOrDefault("tasks.max", "1"))
                    .as("tasks.max=%s, yet the worker runs %d task: the file source reads one file with one task, "
                            + "in order, whatever tasks.max allows - more tasks would not read it faster",
                            config.get("tasks.max"), tasks)
                    .isEqualTo(String.valueOf(tasks));

            // Creating is not updating: a second create under the same name must be refused, not replace the first.
            Map<String, String> other = new LinkedHashMap<>(source.config(directory.resolve("other.log"), topic));
            other.put("name", name);
            Throwable second = catchThrowable(() -> source.create(worker.rest(), other));
            assertThat(second)
                    .as("a second create(...) of a connector named %s, which already runs: POST /connectors refuses an "
                            + "existing name (409 Conflict), while PUT /connectors/%s/config creates or silently "
                            + "replaces - so create must POST", name, name)
                    .isInstanceOf(ConnectRestException.class);
            assertThat(worker.rest().get("/connectors/" + name + "/config").path("file").asText())
                    .as("the running connector's file after the refused second create")
                    .isEqualTo(config.get("file"));
        }
    }
}
