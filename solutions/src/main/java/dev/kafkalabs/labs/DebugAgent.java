package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.FreePorts;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * {@code --debug} of {@code ./labs check} and {@code ./labs run}: the JVM that runs the student's code
 * starts with a JDWP agent on a free port of 127.0.0.1 and waits, before its first line of code, until a
 * debugger attaches (the IDE configurations of {@code .run/} and {@code .vscode/} ask for the port).
 */
record DebugAgent(int port) {

    /**
     * How long one check may run under the debugger: a check paused at a breakpoint must not be stopped
     * at the student loop's limit ({@link ExerciseChecks#TIME_LIMIT_SECONDS}) while the student reads it.
     */
    static final int CHECK_TIME_LIMIT_SECONDS = 3600;

    /**
     * The port the IDE configurations of {@code .run/} and {@code .vscode/} attach to, so that debugging
     * takes one click: the port IDEs suggest for remote debugging.
     */
    static final int DEFAULT_PORT = 5005;

    /** On {@link #DEFAULT_PORT}, or on another free port (printed) when something listens there. */
    static DebugAgent onFreePort() {
        try (ServerSocket probe = new ServerSocket(DEFAULT_PORT, 1, InetAddress.getByName("127.0.0.1"))) {
            return new DebugAgent(probe.getLocalPort());
        } catch (IOException taken) {
            return new DebugAgent(FreePorts.pick());
        }
    }

    /** The JVM option; {@code suspend=y}: nothing runs before the debugger is there to stop at a breakpoint. */
    String jvmOption() {
        return "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:" + port;
    }

    /**
     * What the student must do now, {@code what} ("the check", "the program") starting when the debugger
     * attaches; the line with the port comes first, for the IDE and for tests to find.
     */
    void announce(PrintStream out, String what, String underTheDebugger) {
        out.printf("==> Waiting for a debugger on 127.0.0.1:%d: attach your IDE to port %d (IntelliJ: Remote JVM Debug; "
                + "VS Code: \"Attach to ./labs --debug\"); %s starts when it attaches.%n", port, port, what);
        out.println("    " + underTheDebugger + " Keep ./labs broker running in another terminal: a breakpoint that "
                + "suspends every thread would also freeze a broker started inside this JVM.");
    }
}
