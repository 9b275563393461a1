@Mutant(exercise = "6.1", misconception = "records get no timestamp of their own: they carry the time they were sent, not the time the event happened",
        failureMentions = "event's own time")
package dev.kafkalabs.lab06.mutants.no_event_time;

import dev.kafkalabs.support.junit.Mutant;
