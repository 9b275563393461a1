package dev.kafkalabs.support.junit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a program run by a check prints on stdout (e.g. its {@code --json} result). */
public final class StdoutCapture {

    private StdoutCapture() {
    }

    /** Something to run, e.g. {@code () -> MainRunner.run(Program.class, "--json")}. */
    public interface Action {
        void run() throws Exception;
    }

    /** Runs {@code action} with stdout captured, prints what it printed there as well, and returns it. */
    public static String of(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        return out;
    }
}
