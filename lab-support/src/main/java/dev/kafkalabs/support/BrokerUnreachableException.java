package dev.kafkalabs.support;

/** No broker listens at the bootstrap address; the message says which address and how to start one. */
public final class BrokerUnreachableException extends IllegalStateException {

    public BrokerUnreachableException(String message) {
        super(message);
    }
}
