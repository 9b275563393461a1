package dev.kafkalabs.lab05;

import java.util.Properties;

/** Lab 5.7's contract: adds fetch settings to a consumer's properties. */
public interface FetchSettings {

    /** A copy of {@code consumerProperties} with this tuning applied. */
    Properties applyTo(Properties consumerProperties);
}
