package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Waits until a {@code .java} file under a directory is saved. Uses the file system's change events
 * ({@link WatchService}) where the JDK has native ones (Linux, Windows), and otherwise, or when they are
 * unavailable (e.g. the inotify limit is reached), compares the files' modification times every
 * {@value #POLL_MILLIS} ms - faster than the JDK's own polling fallback (2 s on macOS).
 */
final class SourceWatcher implements AutoCloseable {

    private static final long POLL_MILLIS = 250;
    /** Editors save in several steps (temporary file, rename, touch): wait for them to settle. */
    private static final long SETTLE_MILLIS = 120;

    private final Path root;
    private final WatchService events;
    private Map<Path, Long> lastSeen;

    private SourceWatcher(Path root, WatchService events) {
        this.root = root;
        this.events = events;
        this.lastSeen = snapshot();
    }

    /** Watches {@code root}; {@code polling} forces the modification-time comparison. */
    static SourceWatcher of(Path root, boolean polling) {
        if (!polling) {
            try {
                WatchService service = FileSystems.getDefault().newWatchService();
                if (!service.getClass().getSimpleName().contains("Polling")) {
                    SourceWatcher watcher = new SourceWatcher(root, service);
                    watcher.registerTree(root);
                    return watcher;
                }
                service.close();
            } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
                // No file events here: compare modification times instead.
            }
        }
        return new SourceWatcher(root, null);
    }

    boolean usesFileEvents() {
        return events != null;
    }

    /** Blocks until a {@code .java} file under the root was created, changed or deleted. */
    void awaitChange() throws InterruptedException {
        if (events == null) {
            awaitByPolling();
        } else {
            awaitEvent();
        }
        Thread.sleep(SETTLE_MILLIS);
        drainEvents();
        lastSeen = snapshot();
    }

    private void awaitEvent() throws InterruptedException {
        while (true) {
            WatchKey key;
            try {
                key = events.take();
            } catch (ClosedWatchServiceException e) {
                throw new InterruptedException("stopped watching");
            }
            boolean javaFileChanged = false;
            Path directory = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    javaFileChanged = true;
                    continue;
                }
                Path changed = directory.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    registerTree(changed);
                }
                javaFileChanged |= changed.toString().endsWith(".java");
            }
            key.reset();
            if (javaFileChanged) {
                return;
            }
        }
    }

    private void awaitByPolling() throws InterruptedException {
        while (snapshot().equals(lastSeen)) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void drainEvents() {
        if (events == null) {
            return;
        }
        WatchKey key;
        while ((key = events.poll()) != null) {
            key.pollEvents();
            key.reset();
        }
    }

    private void registerTree(Path directory) {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path each : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                each.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + directory, e);
        }
    }

    /** Every {@code .java} file under the root with its modification time and size. */
    private Map<Path, Long> snapshot() {
        Map<Path, Long> files = new HashMap<>();
        try (Stream<Path> tree = Files.walk(root)) {
            tree.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                try {
                    files.put(file, Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file));
                } catch (IOException e) {
                    // Deleted while we looked: the next snapshot sees it gone.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A directory vanished while we walked: compare again next time.
        }
        return files;
    }

    @Override
    public void close() {
        if (events != null) {
            try {
                events.close();
            } catch (IOException e) {
                // Closing is best effort.
            }
        }
    }
}
