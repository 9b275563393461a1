package dev.kafkalabs.lab04.demo;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this JVM has used so far, all threads together. Unlike elapsed time, it hardly depends on
 * what else the machine is doing: a run that needs 1.2 CPU-seconds needs them on a quiet machine and on a
 * busy one; only the time it waits for them changes.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU seconds used by this JVM since it started, or NaN where the platform does not tell. */
    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }
}
