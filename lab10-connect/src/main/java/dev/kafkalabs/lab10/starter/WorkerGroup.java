package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.WorkerGroupSetup;
import java.util.Map;

/**
 * Lab 10.5 - the settings that make distributed workers one Connect cluster: the group they form, the
 * topics they share, and how quickly a dead worker's work moves and how much of it is sent again.
 */
public final class WorkerGroup implements WorkerGroupSetup {

    @Override
    public Map<String, String> settings(String cluster, String worker) {
        throw new UnsupportedOperationException("Lab 10.5: the settings that make this worker one of the Connect "
                + "cluster 'cluster' (the group it joins, where the cluster keeps configs, offsets and statuses), "
                + "so that a dead worker's tasks run on the others within seconds and send again only about a "
                + "second of records - ./labs hint 10.5, README 10.5");
    }
}
