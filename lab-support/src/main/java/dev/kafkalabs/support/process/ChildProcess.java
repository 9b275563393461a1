package dev.kafkalabs.support.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A running child JVM: its output so far, and ways to end it. Closing it kills it if still alive. */
public final class ChildProcess implements AutoCloseable {

    private static final int TAIL_LINES = 30;

    private final String name;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(this::readOutput, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Every line printed so far (stdout and stderr). */
    public synchronized List<String> output() {
        return List.copyOf(lines);
    }

    /**
     * Waits until a line containing {@code text} has been printed.
     *
     * @throws AssertionError with the process's last lines when it exits first or the time runs out
     */
    public String awaitOutput(String text, Duration timeout) {
        return awaitLine(line -> line.contains(text), "a line containing \"" + text + "\"", timeout);
    }

    /** Waits until a printed line matches {@code condition}; see {@link #awaitOutput(String, Duration)}. */
    public synchronized String awaitLine(Predicate<String> condition, String description, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (condition.test(lines.get(checked))) {
                    return lines.get(checked);
                }
            }
            long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (!reader.isAlive()) {
                throw new AssertionError(name + " exited (code " + exitCodeOrUnknown() + ") before printing "
                        + description + ". Its last output:\n" + tail());
            }
            if (remainingMs <= 0) {
                throw new AssertionError(name + " did not print " + description + " within " + timeout
                        + ". Its last output:\n" + tail());
            }
            try {
                wait(Math.min(remainingMs, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + name, e);
            }
        }
    }

    /** Sends SIGTERM (shutdown hooks run) and waits for the exit code. */
    public int stopGracefully(Duration timeout) {
        // Through the ProcessHandle: Process.destroy() would also close our end of its output.
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    /** Kills the JVM with SIGKILL: no shutdown hooks, no {@code close()}, exactly like a crash. */
    public void kill() {
        process.toHandle().destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /**
     * Freezes the process (SIGSTOP): none of its threads runs, not even a client's heartbeat thread, but its
     * sockets stay open - a hang or a long GC pause, not a crash. Linux and macOS only ({@link #canPause()}).
     */
    public void pause() {
        signal("STOP");
    }

    /** Lets a paused process run on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    /** True where a process can be paused: the operating system has SIGSTOP (not Windows). */
    public static boolean canPause() {
        return !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private void signal(String signal) {
        if (!canPause()) {
            throw new UnsupportedOperationException("Pausing a process needs SIGSTOP/SIGCONT (Linux, macOS).");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid())).redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run kill -" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending SIG" + signal, e);
        }
    }

    /**
     * Waits for the process to end by itself and returns its exit code.
     *
     * @throws AssertionError with its last output if it is still running after {@code timeout}
     */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " was still running after " + timeout + ". Its last output:\n" + tail());
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + name, e);
        }
    }

    /** The last lines of output, for failure messages. */
    public synchronized String tail() {
        List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        return last.isEmpty() ? "  (no output)" : "  | " + String.join("\n  | ", last);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private String exitCodeOrUnknown() {
        try {
            // The output closes a moment before the process is reaped.
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                lines.add("[output stream closed: " + e.getMessage() + "]");
            }
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }
}
