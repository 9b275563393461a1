@Mutant(exercise = "8.5",
        misconception = "leave a RENEW to the next poll, as the other acknowledgements (the Javadoc example does)",
        failureMentions = "send the acknowledgements at once")
package dev.kafkalabs.lab08.mutants.renew_with_next_poll;

import dev.kafkalabs.support.junit.Mutant;
