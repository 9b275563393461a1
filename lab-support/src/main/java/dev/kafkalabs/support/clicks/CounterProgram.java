package dev.kafkalabs.support.clicks;

import dev.kafkalabs.support.cli.ShutdownHooks;
import dev.kafkalabs.support.cli.StopSignal;
import java.io.PrintStream;

/**
 * What every counting program (6.2, 6.3, 6.4, 11.2, 11.3) does around its counter: run it until Ctrl-C (or until it
 * stops by itself), then print the final counts as a table, or as one JSON object with {@code --json}.
 */
public final class CounterProgram {

    private CounterProgram() {
    }

    public static void run(ClickCounter counter, CounterOptions options, String title) throws Exception {
        run(counter, options, title, ShutdownHooks.jvm());
    }

    /** The same, with the Ctrl-C hook registered in {@code hooks} (a framework's hook manager). */
    public static void run(ClickCounter counter, CounterOptions options, String title, ShutdownHooks hooks)
            throws Exception {
        StopSignal ctrlC = StopSignal.onCtrlC(counter::stop, hooks);
        progressStream(options).printf("%s: reading '%s' as '%s'%s. %s%n", title, options.topic(), options.group(),
                options.fromBeginning() ? " from the beginning" : " (new events only; --from-beginning for all)",
                options.exitWhenIdle() == null ? "Ctrl-C to stop."
                        : "Stops after " + options.exitWhenIdle().toSeconds() + " s without new events.");
        CountResult result;
        try {
            result = counter.run();
        } finally {
            ctrlC.done();
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
}
