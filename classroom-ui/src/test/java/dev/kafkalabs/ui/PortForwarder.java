package dev.kafkalabs.ui;

import dev.kafkalabs.support.broker.FreePorts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An address where a server "appears" when the test says so: until {@link #open()} nothing listens
 * there; then every connection is passed on to the real server (a broker, or {@code ./labs ui}), until
 * the test cuts them ({@link #dropConnections()}), as a network blip would. (A Kafka client only
 * bootstraps through it: the broker's metadata then sends it to the broker's own address.)
 */
final class PortForwarder implements AutoCloseable {

    private final String target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private ServerSocket server;

    private PortForwarder(String target, int port) {
        this.target = target;
        this.port = port;
    }

    /** Reserves a free port and releases it at once, so that nothing listens there until {@link #open()}. */
    static PortForwarder unopened(String target) {
        return new PortForwarder(target, FreePorts.pick());
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    void open() throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    accepted.incrementAndGet();
                    String[] hostPort = target.split(",")[0].split(":");
                    Socket broker = new Socket();
                    broker.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 5000);
                    sockets.add(client);
                    sockets.add(broker);
                    daemon(() -> pump(client, broker));
                    daemon(() -> pump(broker, client));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    /** Connections accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Closes every connection passed on so far; new ones are still accepted. */
    void dropConnections() {
        sockets.forEach(PortForwarder::closeQuietly);
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side closed: the other closes with it.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "port-forwarder");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
