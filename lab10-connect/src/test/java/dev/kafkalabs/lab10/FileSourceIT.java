package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab10.solution.StandaloneWorker;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.1")
class FileSourceIT {

    @TempDir
    Path directory;

    @Test
    void linesOfTheFileAndLinesAppendedLaterArriveOnceAndInOrder(TestKafka kafka) {
        String topic = kafka.createTopic("lab10-source", 1);
        Path file = directory.resolve("test.log");
        List<String> expected = new ArrayList<>(Lines.numbered("line in the file at start,", 1, 5));
        Lines.append(file, expected);

        try (ConnectWorker worker = Variant.current().instantiate(ConnectWorker.class, StandaloneWorker.class,
                Checks.workerSettings(directory))) {
            assertThat(worker.restUrl().getHost()).as("host of the worker's REST API %s", worker.restUrl())
                    .isEqualTo("127.0.0.1");
            assertThat(worker.restUrl().getPort()).as("port the REST API got for listeners=...:0").isPositive();

            worker.addConnector(Checks.sourceConfig(file, topic));
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after the worker started the file source on %s", topic, file)
                    .containsExactlyElementsOf(expected);

            List<String> appended = Lines.numbered("line appended while the worker runs,", 1, 3);
            Lines.append(file, appended);
            expected.addAll(appended);
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after appending %d lines to %s: each line once, in file order",
                            topic, appended.size(), file)
                    .containsExactlyElementsOf(expected);
        }
    }
}
