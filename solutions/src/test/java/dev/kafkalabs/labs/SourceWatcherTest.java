package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A save of a {@code .java} file ends the wait, with file events and with polling; other files do not. */
class SourceWatcherTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "polling: {0}")
    @ValueSource(booleans = {false, true})
    void aSavedJavaFileEndsTheWait(boolean polling) throws Exception {
        Path source = root.resolve("dev/kafkalabs/Example.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Example {}");
        try (SourceWatcher watcher = SourceWatcher.of(root, polling)) {
            assertThat(watcher.usesFileEvents()).as("file events in use").isEqualTo(!polling);
            CompletableFuture<Void> saved = CompletableFuture.runAsync(() -> {
                try {
                    watcher.awaitChange();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            Files.writeString(root.resolve("dev/kafkalabs/Example.java.mine"), "not a source");
            Awaitility.await("a file that is not a .java source is ignored")
                    .during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> !saved.isDone());

            Files.writeString(source, "class Example { int x; }");
            saved.get(10, TimeUnit.SECONDS);
        }
    }
}
