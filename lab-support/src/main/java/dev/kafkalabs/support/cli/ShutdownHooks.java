package dev.kafkalabs.support.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a program's Ctrl-C hook is registered. The JVM runs its shutdown hooks all at once, in no order;
 * a framework that stops itself in a hook of its own (Spark does) needs ours registered with its hook
 * manager instead, so that the program's work stops before the framework does.
 */
public interface ShutdownHooks {

    void add(Runnable hook);

    /** @throws IllegalStateException when the shutdown is already under way */
    void remove(Runnable hook);

    /** The JVM's own shutdown hooks ({@link Runtime#addShutdownHook}). */
    static ShutdownHooks jvm() {
        Map<Runnable, Thread> threads = new ConcurrentHashMap<>();
        return new ShutdownHooks() {
            @Override
            public void add(Runnable hook) {
                Thread thread = new Thread(hook, "ctrl-c");
                threads.put(hook, thread);
                Runtime.getRuntime().addShutdownHook(thread);
            }

            @Override
            public void remove(Runnable hook) {
                Thread thread = threads.remove(hook);
                if (thread != null) {
                    Runtime.getRuntime().removeShutdownHook(thread);
                }
            }
        };
    }
}
