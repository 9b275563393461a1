@Mutant(exercise = "7.2", misconception = "the callback ignores its exception: every completed send is ledgered as acknowledged",
        failureMentions = "was counted as acknowledged")
package dev.kafkalabs.lab07.mutants.ignores_send_errors;

import dev.kafkalabs.support.junit.Mutant;
