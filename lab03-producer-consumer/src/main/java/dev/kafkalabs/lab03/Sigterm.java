package dev.kafkalabs.lab03;

import sun.misc.Signal;

/**
 * Makes SIGTERM a normal, successful stop.
 *
 * <p>SIGTERM is how an operator asks a service to stop ({@code kill PID}, systemd, Kubernetes). The JVM
 * answers it by running the shutdown hooks and then exiting with status 143 (128 + 15, "ended by signal
 * 15") even when every hook finished cleanly. A consumer that closed properly should report success, so
 * this turns SIGTERM into {@code System.exit(0)}: the same shutdown hooks run, then the JVM exits with 0.
 * Ctrl-C (SIGINT) keeps the JVM's default behaviour.
 */
public final class Sigterm {

    private Sigterm() {
    }

    /** From now on SIGTERM runs the shutdown hooks and exits with status 0. */
    public static void exitsNormally() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
