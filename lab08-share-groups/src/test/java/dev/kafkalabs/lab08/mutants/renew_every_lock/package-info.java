@Mutant(exercise = "8.5",
        misconception = "renew a record's lock when it runs out, once per lock duration",
        failureMentions = "renewed less often than the lock lasts")
package dev.kafkalabs.lab08.mutants.renew_every_lock;

import dev.kafkalabs.support.junit.Mutant;
