/** Lab 5.2, wrong: seeks right after subscribe(), before the group has assigned anything. */
@Mutant(exercise = "5.2", misconception = "a consumer can seek right after subscribe()",
        failureMentions = "has not assigned any partition yet")
package dev.kafkalabs.lab05.mutants.seek_after_subscribe;

import dev.kafkalabs.support.junit.Mutant;
