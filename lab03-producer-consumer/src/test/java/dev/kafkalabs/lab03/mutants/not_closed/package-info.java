@Mutant(exercise = "3.1", misconception = "the producer is never closed: send() only buffers, and the program ends before the buffer is sent",
        failureMentions = "still in the producer's buffer")
package dev.kafkalabs.lab03.mutants.not_closed;

import dev.kafkalabs.support.junit.Mutant;
