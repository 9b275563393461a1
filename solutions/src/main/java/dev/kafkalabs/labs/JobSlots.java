package dev.kafkalabs.labs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many of a mutant run's JVMs run side by side: {@code jobs} always, and more, one at a time up to {@code most},
 * while the machine's CPU has been partly idle, on average, for the last seconds.
 *
 * <p>Why: a mutant's checks mostly wait (a lock to run out, a session to time out, a record that never comes), and
 * how much they wait differs by exercise. Measured on 2 cores (every lab's mutants, 2026-12-07, load under 1 at the
 * start): six at a time kept the CPU busy while the long exercises ran (a Spark cluster, a three-broker cluster,
 * Connect workers), then left it 40-50% idle for the last 380 s, and the run took 665 s; eight at a time kept it busy
 * to the end and took 534 s for the same CPU (920 and 901 CPU-s), but eight CPU-bound JVMs at once stretch every
 * check's waits. So: more JVMs only while the CPU has room for them. Six, and up to eight so: 552 s, 849 CPU-s (ten
 * JVMs at the most: 550 s, no faster: the run's end waits for its longest exercises).
 */
final class JobSlots {

    /** The machine's CPU in use (0 to 1), on average, below which it has room for one more JVM: half a core idle on two. */
    static final double ROOM_BELOW = 0.75;
    /**
     * Over how many looks (one a second) that average is taken, all since the last JVM started: a JVM that starts
     * is busy for its first seconds, so the next one waits to see what the last one costs.
     */
    static final int LOOKS = 15;

    private final int jobs;
    private final int most;
    /** The CPU in use at each look since the last start, the last {@value #LOOKS} of them. */
    private final Deque<Double> looks = new ArrayDeque<>();

    JobSlots(int jobs, int most) {
        if (jobs < 1 || most < jobs) {
            throw new IllegalArgumentException("jobs " + jobs + ", most " + most + ": 1 <= jobs <= most");
        }
        this.jobs = jobs;
        this.most = most;
    }

    /** The CPU in use since the last look (0 to 1; negative when the JVM cannot tell: taken as fully busy). */
    void observe(double cpuInUse) {
        looks.addLast(cpuInUse < 0 ? 1 : cpuInUse);
        if (looks.size() > LOOKS) {
            looks.removeFirst();
        }
    }

    /** Whether one more JVM may start beside {@code running} others; if so, it counts as started now. */
    boolean mayStart(int running) {
        boolean may = running < jobs || running < most && hasRoom();
        if (may) {
            looks.clear();
        }
        return may;
    }

    /** Whether {@code running} JVMs are more than the ones that always run. */
    boolean isExtra(int running) {
        return running >= jobs;
    }

    private boolean hasRoom() {
        return looks.size() == LOOKS && looks.stream().mapToDouble(Double::doubleValue).average().orElse(1) < ROOM_BELOW;
    }
}
