package dev.kafkalabs.lab06;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CountTable;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.CounterProgram;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a running 6.2 counter from beside it: prints a refreshed table when the counts move, measures
 * the throughput, and with {@code --exit-when-idle} stops the counter once no record was counted for
 * that long, counted from the moment the group has its partitions (a group takes a few seconds to form).
 */
public final class CountWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CountWatcher.class);
    private static final long TICK_MILLIS = 100;

    private final LiveCounter counter;
    private final CounterOptions options;
    private final PrintStream tables;
    private final Throughput throughput = new Throughput();
    private final Thread thread;
    private volatile boolean closed;

    private CountWatcher(LiveCounter counter, CounterOptions options) {
        this.counter = counter;
        this.options = options;
        this.tables = CounterProgram.progressStream(options);
        this.thread = new Thread(this::watch, "count-watcher");
        this.thread.setDaemon(true);
    }

    public static CountWatcher start(LiveCounter counter, CounterOptions options) {
        CountWatcher watcher = new CountWatcher(counter, options);
        watcher.thread.start();
        return watcher;
    }

    private void watch() {
        long seen = 0;
        long assignedAt = 0;
        long nextTable = System.nanoTime() + options.refresh().toNanos();
        long tabled = 0;
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            while (!closed) {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
                CountResult soFar = counter.soFar();
                long total = soFar.valid() + soFar.malformed();
                if (total > seen) {
                    throughput.add(total - seen);
                    seen = total;
                }
                long now = System.nanoTime();
                if (now >= nextTable && seen > tabled) {
                    nextTable = now + options.refresh().toNanos();
                    tabled = seen;
                    tables.print(CountTable.render("Domain counts so far", soFar, options.top()));
                }
                if (options.exitWhenIdle() != null) {
                    if (assignedAt == 0 && hasPartitions(admin)) {
                        assignedAt = now;
                    }
                    long idleSince = Math.max(assignedAt, throughput.lastNanos());
                    if (assignedAt != 0 && now - idleSince >= options.exitWhenIdle().toNanos()) {
                        LOG.info("No new record for {} s: stopping", options.exitWhenIdle().toSeconds());
                        counter.stop();
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once a member of the group has partitions of the topic assigned. */
    private boolean hasPartitions(Admin admin) {
        try {
            ConsumerGroupDescription group = Topics.get(admin.describeConsumerGroups(List.of(options.group()))
                    .describedGroups().get(options.group()), "describe group " + options.group());
            return group.members().stream().anyMatch(member -> member.assignment().topicPartitions().stream()
                    .anyMatch(partition -> partition.topic().equals(options.topic())));
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(TimeUnit.SECONDS.toMillis(5));
        LOG.info("Counted {}", throughput.summary());
    }
}
