package dev.kafkalabs.lab05;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record a {@link CatchUpReader} served, and from which of its two positions. */
public record Served(Lane lane, ConsumerRecord<String, String> record) {

    /** The two positions of the catch-up trick. */
    public enum Lane {
        /** From the end of the log at start-up onwards: what is happening now. */
        LIVE,
        /** From the group's committed offset up to the end at start-up: what was missed. */
        BACKLOG
    }
}
