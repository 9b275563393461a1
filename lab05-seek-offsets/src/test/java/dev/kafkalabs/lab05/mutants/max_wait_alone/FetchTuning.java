package dev.kafkalabs.lab05.mutants.max_wait_alone;

import dev.kafkalabs.lab05.FetchSettings;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Lab 5.7 - fetch tuning. One setting caps how many records a {@code poll()} returns; two others make the
 * broker hold a fetch until enough bytes are ready, but never longer than a maximum wait. Bigger batches,
 * fewer requests - and records that wait longer.
 */
public final class FetchTuning implements FetchSettings {

    private final int recordsPerPoll;
    private final int minFetchBytes;
    private final int maxFetchWaitMs;

    /**
     * @param recordsPerPoll  at most this many records per {@code poll()}
     * @param minFetchBytes   the broker answers a fetch once this many bytes are ready...
     * @param maxFetchWaitMs  ...or once this many milliseconds have passed, whichever comes first
     */
    public FetchTuning(int recordsPerPoll, int minFetchBytes, int maxFetchWaitMs) {
        this.recordsPerPoll = recordsPerPoll;
        this.minFetchBytes = minFetchBytes;
        this.maxFetchWaitMs = maxFetchWaitMs;
    }

    @Override
    public Properties applyTo(Properties consumerProperties) {
        Properties props = new Properties();
        props.putAll(consumerProperties);
        tune(props);
        return props;
    }

    private void tune(Properties props) {
        // Bounds the work between two polls (keep it well inside max.poll.interval.ms); the rest stays buffered.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, recordsPerPoll);
        // WRONG: no minimum fetch size - the broker answers as soon as 1 byte is ready, the wait never applies.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, maxFetchWaitMs);
    }
}
