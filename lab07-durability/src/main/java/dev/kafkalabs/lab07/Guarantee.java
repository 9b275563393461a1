package dev.kafkalabs.lab07;

/** The three rows of the course's producer acknowledgements table, by what each promises. */
public enum Guarantee {

    /** "No guarantee that the broker received the message": the producer does not wait for any answer. */
    NONE,

    /** "The message is at least persisted on the lead broker": the leader answers once it wrote it. */
    LEAD_BROKER,

    /** "The message is persisted in multiple brokers": the leader answers once the in-sync replicas have it. */
    REPLICATED
}
