@Alternative(exercise = "8.5",
        differs = "reads the lock from the group's config (Admin.describeConfigs) at start instead of "
                + "acquisitionLockTimeoutMs(), and renews at a third of it")
package dev.kafkalabs.lab08.alternatives.lock_from_group_config;

import dev.kafkalabs.support.junit.Alternative;
