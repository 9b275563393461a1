package dev.kafkalabs.lab10;

import java.util.Map;

/** Exercise 10.5: what makes a distributed worker one of a Connect cluster, and how the cluster takes a death. */
public interface WorkerGroupSetup {

    /**
     * The settings worker {@code worker} adds to {@code config/connect-distributed.properties} to be one
     * of the Connect cluster {@code cluster}. Every worker of the cluster calls it with the same
     * {@code cluster} and its own {@code worker} name ({@code worker-1}, {@code worker-2}, ...).
     */
    Map<String, String> settings(String cluster, String worker);
}
