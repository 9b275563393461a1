@Alternative(exercise = "8.4",
        differs = "a job whose work throws is RELEASEd and the loop goes on, instead of ending the loop")
package dev.kafkalabs.lab08.alternatives.release_on_failure;

import dev.kafkalabs.support.junit.Alternative;
