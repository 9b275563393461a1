package dev.kafkalabs.lab06;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Kafka Streams topology until it is stopped, idle for a while, or failed; reports progress on
 * the way and closes it (which commits the last transaction) at the end.
 */
public final class StreamsRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile Throwable failure;

    /**
     * Starts {@code topology} and blocks until {@link #stop()}, until no record arrived for
     * {@code exitWhenIdle} (when not {@code null}), or until Kafka Streams fails.
     *
     * @param report called with the running instance every {@code refresh}, e.g. to print a table
     */
    public void run(Topology topology, Properties config, ProcessingProgress progress, Duration exitWhenIdle,
                    Duration refresh, Consumer<KafkaStreams> report) throws InterruptedException {
        try (KafkaStreams streams = new KafkaStreams(topology, config)) {
            streams.setUncaughtExceptionHandler(exception -> {
                failure = exception;
                stopRequested.countDown();
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.start();
            long idleSince = awaitRunning(streams);
            long nextReport = System.nanoTime() + refresh.toNanos();
            long lastReported = -1;
            while (!stopRequested.await(200, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() >= nextReport) {
                    nextReport += refresh.toNanos();
                    long processed = progress.records();
                    if (processed != lastReported) {
                        LOG.info("processed {} events", processed);
                        report.accept(streams);
                        lastReported = processed;
                    }
                }
                if (exitWhenIdle != null && idleFor(progress, idleSince) >= exitWhenIdle.toNanos()) {
                    LOG.info("No new record for {} s: stopping", exitWhenIdle.toSeconds());
                    break;
                }
            }
            streams.close(CLOSE_TIMEOUT);
        }
        LOG.info("Processed {}", progress.summary());
        if (failure != null) {
            throw new IllegalStateException("Kafka Streams stopped: " + failure.getMessage(), failure);
        }
    }

    public void stop() {
        stopRequested.countDown();
    }

    /** Waits until every task is restored and running; returns that moment, from which idleness counts. */
    private long awaitRunning(KafkaStreams streams) throws InterruptedException {
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (stopRequested.await(100, TimeUnit.MILLISECONDS) || !streams.state().isRunningOrRebalancing()) {
                break;
            }
        }
        LOG.info("Kafka Streams is {}", streams.state());
        return System.nanoTime();
    }

    private static long idleFor(ProcessingProgress progress, long runningSince) {
        return System.nanoTime() - Math.max(progress.lastRecordNanos(), runningSince);
    }
}
