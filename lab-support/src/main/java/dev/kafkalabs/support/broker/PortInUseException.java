package dev.kafkalabs.support.broker;

/** The port a broker was asked to listen on is already taken. */
public final class PortInUseException extends RuntimeException {

    public PortInUseException(String host, int port) {
        super("Port " + port + " on " + host + " is already in use - is another broker (./labs broker, "
                + "docker compose) running? Stop it, or choose another port with --port.");
    }
}
