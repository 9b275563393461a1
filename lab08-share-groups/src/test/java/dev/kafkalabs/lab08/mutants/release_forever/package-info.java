@Mutant(exercise = "8.3",
        misconception = "RELEASE a poison record on every failure and let the broker's limit deal with it (nobody is told)",
        failureMentions = "never given up on")
package dev.kafkalabs.lab08.mutants.release_forever;

import dev.kafkalabs.support.junit.Mutant;
