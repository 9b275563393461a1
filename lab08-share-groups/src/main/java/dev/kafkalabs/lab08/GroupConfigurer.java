package dev.kafkalabs.lab08;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** Sets a share group's configuration on the broker, before its consumers start (exercise 8.1). */
public interface GroupConfigurer {

    /**
     * Makes {@code group} deliver every record of its topics from the first one on, and applies
     * {@code settings} (group config name to value, see {@link ShareGroupSettings}).
     */
    void configure(Admin admin, String group, Map<String, String> settings);
}
