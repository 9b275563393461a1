package dev.kafkalabs.lab08;

import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./labs run 8.4}: exercise 8.4's {@code CrashSafeConsumer} twice - once in a JVM that freezes
 * on its third job and is then killed (SIGKILL: no {@code close()}, nothing released), once here. The
 * jobs the dead one held come back to the survivor when their acquisition lock expires.
 */
public final class CrashDemo {

    static final String USAGE = "./labs run 8.4 [--starter] -- [--jobs N] [--lock-ms 1000..60000]";

    private CrashDemo() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("jobs", "lock-ms"), List.of());
        int jobs = (int) args.positive("jobs", 20, 1);
        Duration lock = Duration.ofMillis(args.positive("lock-ms", 3000, 1000));

        DemoQueue queue = DemoQueue.create("lab08-crash", jobs, ShareGroupSettings.lockDuration(lock));
        Path processed = tempFile();
        Deliveries survivor = new Deliveries();
        try (ChildProcess doomed = ChildJvm.of(CrashDrill.class).args("--topic", queue.topic(), "--group",
                queue.group(), "--processed", processed.toString(), "--freeze-at", "3", "--batch", "5").start();
             Crew crew = new Crew()) {
            System.out.println("Started a consumer in another JVM (pid " + doomed.pid()
                    + "); it freezes on its third job.");
            String frozen = doomed.awaitOutput(CrashDrill.FROZEN, Duration.ofSeconds(60));
            System.out.println("  doomed:   " + frozen.trim());
            RecordHandler handler = record -> System.out.printf("  survivor: %s (delivery %d)%n", record.value(),
                    record.deliveryCount().map(Short::intValue).orElse(-1));
            crew.start("survivor", Variant.current().instantiate(QueueWorker.class, CrashSafeConsumer.class,
                    queue.worker("survivor", 5), survivor.recording("survivor", handler)));
            doomed.kill();
            long killedAt = System.nanoTime();
            System.out.printf("Killed it (SIGKILL) holding its batch; the acquisition lock is %d ms.%n",
                    lock.toMillis());
            DemoQueue.awaitDone(() -> report(processed, survivor, jobs).missing() == 0, crew,
                    lock.multipliedBy(2).plusSeconds(30));
            survivor.all().stream().filter(delivery -> delivery.deliveryCount() > 1).findFirst().ifPresent(back ->
                    System.out.printf("%nThe first job the dead consumer held came back %d ms after the kill.%n",
                            (back.atNanos() - killedAt) / 1_000_000));
        }
        DeliveryReport report = report(processed, survivor, jobs);
        System.out.printf("Processed by the doomed consumer before it froze: %s%n", CrashDrill.processed(processed));
        System.out.print(report.table());
        System.out.println("Duplicates are the jobs it had done but not yet acknowledged: at-least-once.");
    }

    private static DeliveryReport report(Path processed, Deliveries survivor, int jobs) {
        DeliveryLedger ledger = survivor.processedLedger();
        ledger.recordAll(CrashDrill.processed(processed));
        return ledger.report(jobs);
    }

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("lab08-crash-", ".txt");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file", e);
        }
    }
}
