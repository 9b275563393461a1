package dev.kafkalabs.support.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers the workbook starts (brokers, controllers, test servers) on 127.0.0.1.
 *
 * <p>Why not let the system choose (port 0)? It chooses from the ephemeral range, which is also where every
 * client connection gets its local port. A port chosen that way and bound a moment later (a broker binds it
 * seconds after its configuration is written) can meanwhile become the local end of some connection of
 * another JVM - a build runs several side by side - and the server fails with "Address already in use".
 * So the port is picked at random below the systems' ephemeral ranges (Linux 32768-60999, macOS and Windows
 * 49152-65535), where connections do not take ports.
 */
public final class FreePorts {

    private static final String HOST = "127.0.0.1";
    private static final int FIRST = 20000;
    private static final int LAST = 32767;
    private static final int TRIES = 100;

    private FreePorts() {
    }

    /** A port nothing listens on now, on 127.0.0.1. */
    public static int pick() {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST + 1);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // something listens there: pick another
            }
        }
        throw new IllegalStateException("No free port on " + HOST + " between " + FIRST + " and " + LAST
                + " after " + TRIES + " tries");
    }
}
