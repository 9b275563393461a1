package dev.kafkalabs.lab10;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@link NumberSource} task's records in the topic say, in the order they are stored: how many
 * numbers, which were lost (a gap below the highest) and which were sent twice, and where the task started
 * again (a number not above the one before it: a task restarted from its stored offset).
 *
 * @param sent         how many records the task has in the topic
 * @param distinct     how many different numbers
 * @param highest      the highest number (-1: none yet)
 * @param restartedAt  each number the task started again from, in order (empty: it never went back)
 */
public record TaskNumbers(int sent, int distinct, long highest, List<Long> restartedAt) {

    /** Tallies one task's numbers, in the order they are stored in its partition. */
    public static TaskNumbers of(List<Long> numbers) {
        Set<Long> seen = new HashSet<>();
        List<Long> restarts = new ArrayList<>();
        long highest = -1;
        long previous = -1;
        for (long number : numbers) {
            if (number <= previous) {
                restarts.add(number);
            }
            seen.add(number);
            highest = Math.max(highest, number);
            previous = number;
        }
        return new TaskNumbers(numbers.size(), seen.size(), highest, List.copyOf(restarts));
    }

    /** Numbers from 0 to the highest that are not in the topic: lost. */
    public long lost() {
        return highest + 1 - distinct;
    }

    /** Records beyond the first of their number: sent twice (or more). */
    public int duplicated() {
        return sent - distinct;
    }

    @Override
    public String toString() {
        return String.format("%d records, numbers 0-%d, %d lost, %d sent twice%s", sent, highest, lost(), duplicated(),
                restartedAt.isEmpty() ? "" : ", started again from " + restartedAt);
    }
}
