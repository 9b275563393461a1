@Mutant(exercise = "10.2", misconception = "the sink is given 'topic' (the source's setting) instead of 'topics'",
        failureMentions = "'topics' (plural")
package dev.kafkalabs.lab10.mutants.topic_not_topics;

import dev.kafkalabs.support.junit.Mutant;
