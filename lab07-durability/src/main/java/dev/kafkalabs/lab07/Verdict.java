package dev.kafkalabs.lab07;

/** What became of one record sent by exercise 7.3's sender. */
public enum Verdict {

    /** Written as durably as the sender asked for. */
    ACKNOWLEDGED,

    /** Not written durably (too few in-sync replicas, so the send could not complete in time): kept, to send again. */
    NOT_DURABLE,

    /** Failed for another reason: kept, to send again. */
    FAILED
}
