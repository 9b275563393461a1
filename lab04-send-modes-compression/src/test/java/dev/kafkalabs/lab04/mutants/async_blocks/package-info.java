@Mutant(exercise = "4.1", misconception = "an async mode that blocks on each send's Future after passing the callback",
        failureMentions = "async blocked")
package dev.kafkalabs.lab04.mutants.async_blocks;

import dev.kafkalabs.support.junit.Mutant;
