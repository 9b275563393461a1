package dev.kafkalabs.lab11;

import dev.kafkalabs.support.cli.ShutdownHooks;
import org.apache.hadoop.util.ShutdownHookManager;

/**
 * Ctrl-C hooks that run before Spark stops itself. Spark stops its context in a hook of Hadoop's
 * {@link ShutdownHookManager} (priority 40, hooks run one after another, highest first); a plain JVM hook
 * runs at the same time, so the queries it asks to stop would meet a stopped context and Spark would log
 * a screenful of errors. Registered here, the program's queries stop first, then Spark.
 */
public final class BeforeSparkStops implements ShutdownHooks {

    /** Above Spark's 40 (Hadoop's FileSystem hook priority 10, plus 30). */
    private static final int PRIORITY = 50;

    @Override
    public void add(Runnable hook) {
        ShutdownHookManager.get().addShutdownHook(hook, PRIORITY);
    }

    @Override
    public void remove(Runnable hook) {
        ShutdownHookManager.get().removeShutdownHook(hook);
    }
}
