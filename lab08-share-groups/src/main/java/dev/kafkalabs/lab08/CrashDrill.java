package dev.kafkalabs.lab08;

import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exercise 8.4's doomed consumer, run in its own JVM so that it can be killed for real: the exercise's
 * consumer, whose work appends each job number to a file and which freezes on its N-th job, holding
 * what it was given, until it is killed ({@code ./labs run 8.4} and the check do the killing).
 */
public final class CrashDrill {

    static final String USAGE = "CrashDrill --topic TOPIC --group GROUP --processed FILE [--freeze-at N] [--batch N]";
    static final String FROZEN = "FROZEN holding job-";

    private CrashDrill() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "processed", "freeze-at", "batch"), List.of());
        String topic = args.required("topic");
        String group = args.required("group");
        Path processed = Path.of(args.required("processed"));
        int freezeAt = (int) args.positive("freeze-at", 3, 1);
        int batch = (int) args.positive("batch", 5, 1);

        AtomicInteger handled = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        RecordHandler work = record -> {
            if (handled.incrementAndGet() == freezeAt) {
                System.out.println(FROZEN + NumberedRecords.number(record));
                awaitKill(never);
            }
            append(processed, NumberedRecords.number(record));
        };
        WorkerSetup setup = SmallBatches.of(WorkerSetup.of(topic, group, "doomed"), batch);
        Variant.current().instantiate(QueueWorker.class, CrashSafeConsumer.class, setup, work).run();
    }

    private static void awaitKill(CountDownLatch never) {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void append(Path file, long job) {
        try {
            Files.writeString(file, job + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot note job " + job + " in " + file, e);
        }
        System.out.println("processed job-" + job);
    }

    /** The job numbers noted in {@code file} so far. */
    public static List<Long> processed(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                            .map(Long::parseLong).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
