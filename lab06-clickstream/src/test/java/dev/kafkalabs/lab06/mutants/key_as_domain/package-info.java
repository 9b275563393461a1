@Mutant(exercise = "6.3", misconception = "the record key is taken for the domain (it is only when 6.1's producer wrote the record)",
        failureMentions = "grouped by the domain in their value")
package dev.kafkalabs.lab06.mutants.key_as_domain;

import dev.kafkalabs.support.junit.Mutant;
