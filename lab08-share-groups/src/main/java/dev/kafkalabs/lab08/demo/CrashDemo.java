package dev.kafkalabs.lab08.demo;

import dev.kafkalabs.lab08.Crew;
import dev.kafkalabs.lab08.Deliveries;
import dev.kafkalabs.lab08.DemoQueue;
import dev.kafkalabs.lab08.GroupMembers;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.ShareGroupSettings;
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
 * {@code ./labs run 8.4}: the two ways a consumer stops answering, side by side, with exercise 8.4's
 * {@code CrashSafeConsumer}. Two consumers in JVMs of their own get stuck in their third job, holding their
 * batches; one is killed (SIGKILL: a crash, its connection closes), the other is frozen (SIGSTOP: a hang,
 * its connection stays open). A survivor here gets both batches back: the crashed one's at once, the hung
 * one's when the acquisition lock expires. Then the hung one stays a member of the group until its
 * session times out.
 */
public final class CrashDemo {

    static final String USAGE = "./labs run 8.4 [--starter] -- [--jobs N] [--lock-ms 1000..60000] [--member-wait-s N]";
    private static final Duration MEMBER_POLL = Duration.ofSeconds(1);

    private CrashDemo() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("jobs", "lock-ms", "member-wait-s"), List.of());
        int jobs = (int) args.positive("jobs", 30, 15);
        Duration lock = Duration.ofMillis(args.positive("lock-ms", 10_000, 1000));
        // The share session timeout is 45 s by default (group.share.session.timeout.ms); 0 skips this wait.
        Duration memberWait = Duration.ofSeconds(args.positive("member-wait-s", 60, 0));

        DemoQueue queue = DemoQueue.create("lab08-crash", jobs, ShareGroupSettings.lockDuration(lock));
        Path crashedLog = tempFile();
        Path hungLog = tempFile();
        Deliveries survivor = new Deliveries();
        try (ChildProcess crashed = doomed(queue, "crashed", crashedLog).start();
             ChildProcess hung = doomed(queue, "hung", hungLog).start();
             Crew crew = new Crew();
             GroupMembers members = new GroupMembers(queue.group())) {
            System.out.printf("Started two consumers in other JVMs, 'crashed' (pid %d) and 'hung' (pid %d); each gets "
                    + "stuck in its third job, holding its batch of five.%n", crashed.pid(), hung.pid());
            CrashDrill.Frozen hungHeld = stuck(hung);
            hung.pause();
            long frozenAt = System.nanoTime();
            System.out.printf("  hung:     froze it (SIGSTOP) holding job-%d, %d ms after its batch was handed to it: "
                    + "it runs nothing, its connection stays open.%n", hungHeld.job(),
                    hungHeld.millisSinceBatchStarted(frozenAt));
            long crashedJob = stuck(crashed).job();
            RecordHandler showRedeliveries = record -> record.deliveryCount().filter(count -> count > 1).ifPresent(
                    count -> System.out.printf("  survivor: %s (delivery %d)%n", record.value(), count));
            crew.start("survivor", Variant.current().instantiate(QueueWorker.class, CrashSafeConsumer.class,
                    queue.worker("survivor", 5), survivor.recording("survivor", showRedeliveries)));
            crashed.kill();
            long killedAt = System.nanoTime();
            System.out.printf("  crashed:  killed it (SIGKILL) holding job-%d: its process and connection are gone."
                    + "%nThe acquisition lock is %d ms. The survivor does what nobody holds, and what comes back:%n",
                    crashedJob, lock.toMillis());

            DemoQueue.awaitDone(() -> report(survivor, jobs, crashedLog, hungLog).missing() == 0, crew,
                    lock.multipliedBy(2).plusSeconds(30));
            System.out.println();
            survivor.of(crashedJob).stream().findFirst().ifPresent(back -> System.out.printf(
                    "job-%d, held by the crashed consumer, came back %,d ms after the kill: its connection closed.%n",
                    crashedJob, (back.atNanos() - killedAt) / 1_000_000));
            survivor.of(hungHeld.job()).stream().findFirst().ifPresent(back -> System.out.printf(
                    "job-%d, held by the hung consumer, came back %,d ms after its batch was handed to it: the lock "
                            + "(%,d ms) expired.%n", hungHeld.job(), hungHeld.millisSinceBatchStarted(back.atNanos()),
                    lock.toMillis()));
            awaitMembersGone(members, List.of("crashed", "hung"), frozenAt, memberWait);
        }
        DeliveryReport report = report(survivor, jobs, crashedLog, hungLog);
        System.out.printf("%nDone by 'crashed' before it died: %s; by 'hung' before it froze: %s%n",
                CrashDrill.processed(crashedLog), CrashDrill.processed(hungLog));
        System.out.print(report.table());
        System.out.println("Duplicates are the jobs the two had done but not yet acknowledged: at-least-once.");
    }

    private static ChildJvm doomed(DemoQueue queue, String name, Path processed) {
        return ChildJvm.of(CrashDrill.class).args("--topic", queue.topic(), "--group", queue.group(), "--processed",
                processed.toString(), "--freeze-at", "3", "--batch", "5", "--name", name);
    }

    /** Waits until {@code doomed} is stuck in its third job, holding its batch. */
    private static CrashDrill.Frozen stuck(ChildProcess doomed) {
        return CrashDrill.Frozen.parse(doomed.awaitOutput(CrashDrill.FROZEN, Duration.ofSeconds(60)));
    }

    /**
     * Shows how long the broker still counts the stopped consumers as members: neither sends a heartbeat,
     * and the group coordinator removes each when its share session times out - the crashed one too,
     * although its records came back at once.
     */
    private static void awaitMembersGone(GroupMembers members, List<String> names, long since, Duration patience)
            throws InterruptedException {
        if (patience.isZero()) {
            return;
        }
        System.out.printf("Their jobs are back; are %s still members of the group? (up to %d s)%n", names,
                patience.toSeconds());
        long deadline = since + patience.toNanos();
        long lastPrinted = 0;
        while (System.nanoTime() < deadline) {
            List<String> now = members.clientIds();
            long seconds = (System.nanoTime() - since) / 1_000_000_000;
            if (names.stream().noneMatch(now::contains)) {
                System.out.printf("  %2d s after the freeze: both gone; members now %s.%n", seconds, now);
                return;
            }
            if (seconds >= lastPrinted + 5) {
                System.out.printf("  %2d s after the freeze: members %s%n", seconds, now);
                lastPrinted = seconds;
            }
            Thread.sleep(MEMBER_POLL.toMillis());
        }
        System.out.printf("  still members %d s after the freeze: %s%n", patience.toSeconds(), members.clientIds());
    }

    private static DeliveryReport report(Deliveries survivor, int jobs, Path crashedLog, Path hungLog) {
        DeliveryLedger ledger = survivor.processedLedger();
        ledger.recordAll(CrashDrill.processed(crashedLog));
        ledger.recordAll(CrashDrill.processed(hungLog));
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
