package dev.kafkalabs.lab03;

import java.util.Properties;

/** Exercise 3.3's contract: the consumer settings that make a group use an {@link AssignmentMode}. */
public interface AssignmentSettings {

    /**
     * The settings to add to a consumer's configuration (bootstrap servers, group id and deserializers are
     * set elsewhere) so that its group assigns partitions the way {@code mode} says.
     */
    Properties settingsFor(AssignmentMode mode);
}
