@Mutant(exercise = "11.2",
        misconception = "the record key is the domain (it is only when 6.1's producer wrote the record)",
        failureMentions = "counted by their record key")
package dev.kafkalabs.lab11.mutants.key_as_domain;

import dev.kafkalabs.support.junit.Mutant;
