package dev.kafkalabs.lab08;

import org.apache.kafka.clients.consumer.ConsumerConfig;

/** Client settings that make a share consumer take few records at a time, so that a demo's records spread out. */
public final class SmallBatches {

    private SmallBatches() {
    }

    /** {@code setup} taking at most {@code records} records per poll. */
    public static WorkerSetup of(WorkerSetup setup, int records) {
        // record_limit: poll() never returns more than max.poll.records (batch_optimized, the
        // default, may return a whole stored batch, here possibly every job at once).
        return setup.with(ConsumerConfig.SHARE_ACQUIRE_MODE_CONFIG, "record_limit")
                .with(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, records);
    }
}
