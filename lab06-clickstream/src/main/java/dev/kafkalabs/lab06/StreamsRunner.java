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
     * Starts {@code topology} and blocks until {@link #stop()}, until Kafka Streams fails, or (when
     * {@code exitWhenIdle} is not {@code null}) until it has been running with nothing to do for that long:
     * no record in, no result out. The idle clock restarts whenever the application is not running
     * (starting, rebalancing, restoring its state after a crash): only time spent able to work counts.
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
            long notRunningAt = System.nanoTime();
            long nextReport = notRunningAt + refresh.toNanos();
            long lastReported = -1;
            KafkaStreams.State lastState = null;
            while (!stopRequested.await(100, TimeUnit.MILLISECONDS)) {
                KafkaStreams.State state = streams.state();
                if (state != lastState) {
                    LOG.info("Kafka Streams is {}", state);
                    lastState = state;
                }
                if (state != KafkaStreams.State.RUNNING) {
                    notRunningAt = System.nanoTime();
                }
                if (System.nanoTime() >= nextReport) {
                    nextReport += refresh.toNanos();
                    long processed = progress.records();
                    if (processed != lastReported) {
                        LOG.info("processed {} events", processed);
                        report.accept(streams);
                        lastReported = processed;
                    }
                }
                long idleSince = Math.max(progress.lastActivityNanos(), notRunningAt);
                if (exitWhenIdle != null && System.nanoTime() - idleSince >= exitWhenIdle.toNanos()) {
                    LOG.info("Nothing to do for {} s: stopping", exitWhenIdle.toSeconds());
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
}
