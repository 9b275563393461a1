@Mutant(exercise = "6.1", misconception = "events are keyed by session, not by domain: one domain's events spread over partitions and lose their order",
        failureMentions = "keyed by their domain")
package dev.kafkalabs.lab06.mutants.key_by_session;

import dev.kafkalabs.support.junit.Mutant;
