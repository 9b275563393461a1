@Mutant(exercise = "8.5",
        misconception = "renew as late as possible, just before the lock runs out: each renewal buys a whole lock",
        failureMentions = "renew at about half the lock")
package dev.kafkalabs.lab08.mutants.renew_just_before_expiry;

import dev.kafkalabs.support.junit.Mutant;
