package dev.kafkalabs.lab11;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a program's streaming queries: counts the records its main query reads (progress lines,
 * throughput), and ends the queries when they are done by themselves ({@code Trigger.AvailableNow}), on
 * Ctrl-C ({@link #stop()}), after {@code --exit-when-idle}, or when one of them fails.
 */
public final class QueryWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWatch.class);

    private final SparkSession spark;
    private final String mainQuery;
    private final List<StreamingQuery> queries = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile long firstNanos;
    private volatile long lastNanos;
    /** When the main query reported for the first time (a batch or an idle poll): it runs. */
    private volatile long reportingSince;
    private volatile UUID mainQueryId;
    private final StreamingQueryListener listener = new StreamingQueryListener() {
        @Override
        public void onQueryStarted(QueryStartedEvent event) {
            if (mainQuery.equals(event.name())) {
                mainQueryId = event.id();
            }
        }

        @Override
        public void onQueryProgress(QueryProgressEvent event) {
            StreamingQueryProgress progress = event.progress();
            if (!mainQuery.equals(progress.name())) {
                return;
            }
            reporting();
            if (progress.numInputRows() > 0) {
                long now = System.nanoTime();
                if (firstNanos == 0) {
                    firstNanos = now - TimeUnit.MILLISECONDS.toNanos(progress.batchDuration());
                }
                lastNanos = now;
                records.addAndGet(progress.numInputRows());
                batches.incrementAndGet();
                LOG.info("batch {}: {} records in {} ms ({} so far)", progress.batchId(), progress.numInputRows(),
                        progress.batchDuration(), records.get());
            }
        }

        @Override
        public void onQueryIdle(QueryIdleEvent event) {
            if (event.id().equals(mainQueryId)) {
                reporting();
            }
        }

        @Override
        public void onQueryTerminated(QueryTerminatedEvent event) {
        }
    };

    private QueryWatch(SparkSession spark, String mainQuery) {
        this.spark = spark;
        this.mainQuery = mainQuery;
    }

    /** Watches the queries of {@code spark}; {@code mainQuery} names the one whose input is counted. */
    public static QueryWatch start(SparkSession spark, String mainQuery) {
        QueryWatch watch = new QueryWatch(spark, mainQuery);
        spark.streams().addListener(watch.listener);
        return watch;
    }

    /** Watches {@code query} too (and stops it at {@link #close()} at the latest); returns it. */
    public StreamingQuery track(StreamingQuery query) {
        queries.add(query);
        return query;
    }

    /**
     * Blocks until every tracked query has ended by itself, {@link #stop()} was called, or (when
     * {@code exitWhenIdle} is not {@code null}) the main query read nothing for that long, counted from its
     * first report (a query takes seconds to plan and start); then stops them all.
     *
     * @throws StreamingQueryException the failure of the first query that failed
     */
    public void await(Duration exitWhenIdle) throws StreamingQueryException, InterruptedException {
        try {
            while (!stopRequested.await(100, TimeUnit.MILLISECONDS)) {
                for (StreamingQuery query : queries) {
                    if (query.exception().isDefined()) {
                        throw query.exception().get();
                    }
                }
                if (queries.stream().noneMatch(StreamingQuery::isActive)) {
                    return;
                }
                long idleSince = Math.max(reportingSince, lastNanos);
                if (exitWhenIdle != null && reportingSince != 0
                        && System.nanoTime() - idleSince >= exitWhenIdle.toNanos()) {
                    LOG.info("No new record for {} s: stopping", exitWhenIdle.toSeconds());
                    return;
                }
            }
        } finally {
            queries.forEach(QueryWatch::stopQuietly);
        }
    }

    private void reporting() {
        if (reportingSince == 0) {
            reportingSince = System.nanoTime();
        }
    }

    /** Asks {@link #await} to stop the queries; safe from any thread (a shutdown hook). */
    public void stop() {
        stopRequested.countDown();
    }

    /** Records the main query has read so far. */
    public long records() {
        return records.get();
    }

    /** E.g. "1,000,000 records in 8 batches, 6.1 s from the first batch's start to the last's end: 163,934 records/s". */
    public String summary() {
        long count = records.get();
        double seconds = (lastNanos - firstNanos) / 1e9;
        String rate = seconds > 0 ? String.format("%,.0f records/s", count / seconds) : "too few to time";
        return String.format("%,d records in %d batches, %.1f s from the first batch's start to the last's end: %s",
                count, batches.get(), seconds, rate);
    }

    /** Stops every tracked query that still runs, and stops watching. */
    @Override
    public void close() {
        queries.forEach(QueryWatch::stopQuietly);
        spark.streams().removeListener(listener);
    }

    private static void stopQuietly(StreamingQuery query) {
        try {
            query.stop();
        } catch (TimeoutException | RuntimeException e) {
            // On Ctrl-C Spark's own shutdown hook may be stopping the queries at the same time.
            LOG.warn("Query {} did not stop cleanly: {}", query.name(), e.getMessage());
        }
    }
}
