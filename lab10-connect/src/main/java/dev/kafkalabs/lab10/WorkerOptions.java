package dev.kafkalabs.lab10;

import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The options every lab 10 program takes: {@code --dir DIR} (where its files live) and
 * {@code --rest-port PORT} (0: any free port).
 *
 * @param directory  where the program keeps its files
 * @param restPort   the REST port; empty keeps the one of {@code connect-standalone.properties}
 */
public record WorkerOptions(Path directory, OptionalInt restPort) {

    private static final List<String> NAMES = List.of("dir", "rest-port");
    public static final String USAGE = "[--dir DIR] [--rest-port PORT]";

    private static final int HIGHEST_PORT = 65_535;
    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The names of a program's own options that take a value, plus these two, for {@link Args#parse}. */
    public static List<String> optionNames(String... programOptions) {
        return Stream.concat(Stream.of(programOptions), NAMES.stream()).toList();
    }

    /** The options given, or: {@link ConnectConfig#demoDirectory()} and {@code defaultRestPort}. */
    public static WorkerOptions from(Args args, OptionalInt defaultRestPort) {
        String dir = args.valueOrNull("dir");
        Path directory = dir == null ? ConnectConfig.demoDirectory() : createDirectories(Path.of(dir));
        OptionalInt restPort = defaultRestPort;
        if (args.valueOrNull("rest-port") != null) {
            long port = args.positive("rest-port", 0, 0);
            if (port > HIGHEST_PORT) {
                throw new UsageException("--rest-port must be a port number (0 for any free port), not " + port);
            }
            restPort = OptionalInt.of((int) port);
        }
        return new WorkerOptions(directory, restPort);
    }

    /** A new, empty directory for one run inside {@link #directory()}: {@code <name>-<date>-<time>-<millis>}. */
    public Path newRunDirectory(String name) {
        return createDirectories(directory.resolve(name + "-" + LocalDateTime.now().format(RUN_STAMP)));
    }

    /** {@code connect-standalone.properties} made to run in this JVM with its files in {@code workDirectory}. */
    public Map<String, String> workerSettings(Path workDirectory) {
        return ConnectConfig.inProcessWorker(workDirectory, restPort);
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + directory, e);
        }
    }
}
