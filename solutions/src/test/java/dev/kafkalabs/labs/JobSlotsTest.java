package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobSlotsTest {

    private static final double BUSY = 0.95;
    private static final double ROOM = 0.5;

    @Test
    void fewerThanJobsStartAtOnceWhateverTheCpu() {
        JobSlots slots = new JobSlots(6, 8);
        look(slots, BUSY, JobSlots.LOOKS);

        assertThat(slots.mayStart(5)).as("a sixth JVM of six, the CPU busy").isTrue();
        look(slots, BUSY, JobSlots.LOOKS);
        assertThat(slots.mayStart(6)).as("a seventh JVM of six, the CPU busy").isFalse();
    }

    @Test
    void oneMoreStartsOnceTheCpuHadRoomOnAverageOverTheLastLooksSinceTheLastStart() {
        JobSlots slots = new JobSlots(6, 8);
        look(slots, ROOM, JobSlots.LOOKS - 1);
        assertThat(slots.mayStart(6)).as("a seventh JVM after %d looks with room", JobSlots.LOOKS - 1).isFalse();
        slots.observe(1.0);
        assertThat(slots.mayStart(6)).as("a seventh JVM after %d looks with room and one busy", JobSlots.LOOKS - 1)
                .isTrue();

        look(slots, ROOM, JobSlots.LOOKS - 1);
        assertThat(slots.mayStart(7)).as("an eighth JVM %d looks after the seventh started", JobSlots.LOOKS - 1).isFalse();
        look(slots, BUSY, JobSlots.LOOKS);
        assertThat(slots.mayStart(7)).as("an eighth JVM after %d busy looks", JobSlots.LOOKS).isFalse();
        look(slots, ROOM, JobSlots.LOOKS);
        assertThat(slots.mayStart(7)).as("an eighth JVM once the last %d looks had room", JobSlots.LOOKS).isTrue();
    }

    @Test
    void neverMoreThanMostNorBeyondJobsWhenTheCpuCannotBeRead() {
        JobSlots slots = new JobSlots(6, 8);
        look(slots, 0, JobSlots.LOOKS);
        assertThat(slots.mayStart(8)).as("a ninth JVM of at most eight, the CPU idle").isFalse();

        look(slots, -1, JobSlots.LOOKS);
        assertThat(slots.mayStart(6)).as("a seventh JVM when no look could read the CPU").isFalse();
    }

    @Test
    void jobsEqualToMostIsAFixedNumber() {
        JobSlots slots = new JobSlots(2, 2);
        look(slots, 0, JobSlots.LOOKS);
        assertThat(slots.mayStart(2)).as("a third JVM of --jobs 2, the CPU idle").isFalse();
        assertThat(slots.isExtra(1)).as("the second JVM of --jobs 2").isFalse();
    }

    private static void look(JobSlots slots, double cpuInUse, int times) {
        for (int i = 0; i < times; i++) {
            slots.observe(cpuInUse);
        }
    }
}
