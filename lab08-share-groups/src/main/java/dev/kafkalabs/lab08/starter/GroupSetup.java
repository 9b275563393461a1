package dev.kafkalabs.lab08.starter;

import dev.kafkalabs.lab08.GroupConfigurer;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Lab 8.1 - a share group's settings live on the broker, per group, not in the consumers: they are set
 * with the Admin client on the group's config resource, before the first consumer asks for records.
 */
public final class GroupSetup implements GroupConfigurer {

    @Override
    public void configure(Admin admin, String group, Map<String, String> settings) {
        throw new UnsupportedOperationException("Lab 8.1: set the group's configs on the broker (the settings given,"
                + " and a start from the earliest record, since the jobs are written before any consumer exists)"
                + " - ./labs hint 8.1, README 8.1");
    }
}
