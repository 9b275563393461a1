package dev.kafkalabs.lab08.demo;

import dev.kafkalabs.lab08.NumberedRecords;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.SmallBatches;
import dev.kafkalabs.lab08.WorkerSetup;
import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exercise 8.4's doomed consumer, run in its own JVM so that it can be killed or frozen for real: the
 * exercise's consumer, whose work appends each job number to a file and which gets stuck in its N-th job,
 * holding what it was given, until it is killed (SIGKILL) or frozen whole (SIGSTOP) -
 * {@code ./labs run 8.4} and the check do that.
 */
public final class CrashDrill {

    static final String USAGE = "CrashDrill --topic TOPIC --group GROUP --processed FILE [--freeze-at N] [--batch N] "
            + "[--name NAME]";
    public static final String FROZEN = "FROZEN holding job-";
    private static final String SINCE = " since ";

    /**
     * What the drill says when it gets stuck: the job it is stuck in, and when (wall clock, ms) it started
     * the first job of that batch - about when the broker acquired the batch for it and its lock started
     * to run ({@code --freeze-at} is at most {@code --batch}, so the stuck job is in the first batch).
     */
    public record Frozen(long job, long batchStartedAtMillis) {

        public static Frozen parse(String line) {
            int job = line.indexOf(FROZEN) + FROZEN.length();
            int since = line.indexOf(SINCE, job);
            return new Frozen(Long.parseLong(line.substring(job, since).trim()),
                    Long.parseLong(line.substring(since + SINCE.length()).trim()));
        }

        /** Milliseconds from the start of the batch to {@code nanoTime} (a {@link System#nanoTime()} reading). */
        public long millisSinceBatchStarted(long nanoTime) {
            long now = System.currentTimeMillis() - (System.nanoTime() - nanoTime) / 1_000_000;
            return now - batchStartedAtMillis;
        }
    }

    private CrashDrill() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "processed", "freeze-at", "batch", "name"),
                List.of());
        String topic = args.required("topic");
        String group = args.required("group");
        Path processed = Path.of(args.required("processed"));
        int freezeAt = (int) args.positive("freeze-at", 3, 1);
        int batch = (int) args.positive("batch", 5, 1);
        String name = args.value("name", "doomed");

        if (freezeAt > batch) {
            throw new UsageException("--freeze-at must be at most --batch: the drill gets stuck in its first batch.");
        }

        AtomicInteger handled = new AtomicInteger();
        AtomicLong firstJobAt = new AtomicLong();
        CountDownLatch never = new CountDownLatch(1);
        RecordHandler work = record -> {
            firstJobAt.compareAndSet(0, System.currentTimeMillis());
            if (handled.incrementAndGet() == freezeAt) {
                System.out.println(FROZEN + NumberedRecords.number(record) + SINCE + firstJobAt.get());
                awaitKill(never);
            }
            append(processed, NumberedRecords.number(record));
        };
        WorkerSetup setup = SmallBatches.of(WorkerSetup.of(topic, group, name), batch);
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
