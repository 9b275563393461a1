package dev.kafkalabs.lab07.demo;

import dev.kafkalabs.lab07.GroupReader;
import dev.kafkalabs.lab07.RecordHandler;
import dev.kafkalabs.lab07.solution.FailoverReader;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Runs exercise 7.4's reader (the variant this JVM runs) as a program of its own, so that a drill can
 * crash it: prints {@code PROCESSED <number> offset <offset>} per record; with {@code --freeze-before N}
 * it prints {@code FROZEN before N offset <offset>} when record N arrives and processes nothing more,
 * a process hung in the middle of a batch, waiting to be killed.
 */
public final class FailoverReaderMain {

    static final String USAGE = "FailoverReaderMain --topic T --group G [--freeze-before N] [--work-ms N]";
    /** Records per poll: the most a crash may make the group process twice. */
    public static final int BATCH = 10;

    private FailoverReaderMain() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "freeze-before", "work-ms"), List.of());
        String topic = args.required("topic");
        String group = args.required("group");
        long freezeBefore = args.longValue("freeze-before", -1);
        long workMs = args.positive("work-ms", 20, 0);

        Properties properties = KafkaBootstrap.clientProperties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Small batches: a crash repeats at most this many records.
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        // A killed reader keeps its partition until the group coordinator stops hearing from it: 45 s by
        // default, 10 s here, so that the replacement takes over after 10 s (heartbeats every 3 s still fit).
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        CountDownLatch frozen = new CountDownLatch(1);
        RecordHandler handler = record -> {
            if (record.key() == freezeBefore) {
                System.out.printf("FROZEN before %d offset %d%n", record.key(), record.offset());
                frozen.countDown();
                hang();
            }
            System.out.printf("PROCESSED %d offset %d%n", record.key(), record.offset());
            pause(workMs);
        };
        GroupReader reader = Variant.current().instantiate(GroupReader.class, FailoverReader.class, properties,
                topic, handler);
        Thread loop = new Thread(reader, "failover-reader");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (frozen.getCount() > 0) {
                reader.stop();
                joinQuietly(loop);
                // What a drill reads: whether stop() ended the loop, or the loop polled on.
                System.out.println(loop.isAlive() ? STILL_POLLING : STOPPED);
            }
        }, "failover-reader-stop"));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        loop.setUncaughtExceptionHandler((thread, error) -> failure.set(error));
        loop.start();
        loop.join();
        if (failure.get() != null) {
            // The reader failed (an unfinished starter, a bug): say so, and exit as a failed program.
            System.out.println("READER FAILED: " + failure.get());
            System.exit(1);
        }
    }


    private static void hang() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Printed when stop() ended the reader's loop within the shutdown hook's wait. */
    public static final String STOPPED = "STOPPED: the loop ended after stop()";
    /** Printed when the loop was still running 10 s after stop(). */
    static final String STILL_POLLING = "STILL POLLING 10 s after stop()";

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
