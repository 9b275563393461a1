package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.WorkerGroupSetup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lab 10.5 - the settings that make distributed workers one Connect cluster: the group they form, the
 * topics they share, and how quickly a dead worker's work moves and how much of it is sent again.
 */
public final class WorkerGroup implements WorkerGroupSetup {

    @Override
    public Map<String, String> settings(String cluster, String worker) {
        Map<String, String> settings = new LinkedHashMap<>();
        // One group per Connect cluster: every worker of it has the same group.id. ("Unique" in the docs means
        // different from other clusters on these brokers, not one per worker.)
        settings.put("group.id", cluster);
        // The cluster's memory: connector configs, source offsets and statuses, each in a topic of its own
        // that every worker of the cluster reads, so the same three names on every worker.
        settings.put("config.storage.topic", cluster + "-configs");
        settings.put("offset.storage.topic", cluster + "-offsets");
        settings.put("status.storage.topic", cluster + "-status");
        // A worker that leaves gets this long to come back before its connectors and tasks are given to the
        // others (KIP-415); 5 minutes by default. 5 s: a dead worker's work moves while you watch.
        settings.put("scheduled.rebalance.max.delay.ms", "5000");
        // Source offsets are written every offset.flush.interval.ms (60 s by default). After a crash, what was
        // sent since the last write is sent again: 1 s keeps that to about a second of records.
        settings.put("offset.flush.interval.ms", "1000");
        // This worker's own name, in the broker's view of the group and in the worker's client metrics.
        settings.put("client.id", cluster + "-" + worker);
        return settings;
    }
}
