package dev.kafkalabs.lab06;

import java.io.PrintStream;

/**
 * The {@code main} of every counting program: run the counter until Ctrl-C (or until idle), then print
 * the final counts as a table, or as one JSON object with {@code --json}.
 *
 * <p>Ctrl-C runs a shutdown hook, which asks the counter to stop and then <em>waits</em> for
 * {@link ClickCounter#run()} to return: a hook that only asked would let the JVM exit before the
 * counter committed and closed its clients.
 */
public final class CounterProgram {

    private CounterProgram() {
    }

    public static void run(ClickCounter counter, CounterOptions options, String title) throws Exception {
        Thread runner = Thread.currentThread();
        Thread hook = new Thread(() -> {
            counter.stop();
            try {
                runner.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-" + title);
        Runtime.getRuntime().addShutdownHook(hook);
        progressStream(options).printf("%s: reading '%s' as '%s'%s. %s%n", title, options.topic(), options.group(),
                options.fromBeginning() ? " from the beginning" : " (new events only; --from-beginning for all)",
                options.exitWhenIdle() == null ? "Ctrl-C to stop."
                        : "Stops after " + options.exitWhenIdle().toSeconds() + " s without new events.");
        CountResult result;
        try {
            result = counter.run();
        } finally {
            removeHook(hook);
        }
        PrintStream out = System.out;
        if (options.json()) {
            out.println(result.toJson());
        } else {
            out.print(CountTable.render(title + " (final)", result, options.top()));
        }
        out.flush();
    }

    /** Where running tables go: stdout, unless stdout is reserved for the final JSON. */
    public static PrintStream progressStream(CounterOptions options) {
        return options.json() ? System.err : System.out;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (Ctrl-C): the hook is running and waits for us.
        }
    }
}
