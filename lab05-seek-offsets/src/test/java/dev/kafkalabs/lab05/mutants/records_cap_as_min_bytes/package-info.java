/** Lab 5.7, wrong: max.poll.records and fetch.min.bytes are confused. */
@Mutant(exercise = "5.7", misconception = "max.poll.records and fetch.min.bytes are confused",
        failureMentions = "caps how many records one poll() returns")
package dev.kafkalabs.lab05.mutants.records_cap_as_min_bytes;

import dev.kafkalabs.support.junit.Mutant;
