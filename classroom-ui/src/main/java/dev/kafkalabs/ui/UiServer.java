package dev.kafkalabs.ui;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Deque;

/**
 * The web side, on 127.0.0.1 only:
 * <pre>
 * GET  /                      the page (index.html, app.js, style.css from this jar)
 * GET  /events                server-sent events: cluster, tail, records (see {@link Broadcaster})
 * GET  /api/cluster           the last view sent, as JSON
 * POST /api/tail?topic=T      follow topic T (no topic: stop following)
 * POST /api/tail/pause        pause the tail; /api/tail/resume goes on where it stopped
 * </pre>
 */
final class UiServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    static {
        // Undertow logs through jboss-logging: send it to slf4j-simple like the rest, and keep XNIO's
        // version banner (INFO, at every start) off the terminal.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.log.org.xnio", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.undertow", "warn");
        // A followed topic being deleted makes its consumer warn at every fetch until the tail stops (the page says it).
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients.consumer.internals.FetchCollector", "error");
    }

    private final Undertow server;

    private UiServer(Undertow server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code port} (0: any free port).
     *
     * @throws PortTakenException when something else listens there
     */
    static UiServer start(int port, Broadcaster broadcaster, RecordTail tail) {
        ResourceHandler page = new ResourceHandler(new ClassPathResourceManager(UiServer.class.getClassLoader(),
                "dev/kafkalabs/ui/web")).addWelcomeFiles("index.html");
        RoutingHandler routes = new RoutingHandler()
                .get("/events", broadcaster.handler())
                .get("/api/cluster", exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    exchange.getResponseSender().send(broadcaster.lastClusterEvent());
                })
                .post("/api/tail", exchange -> {
                    String topic = parameter(exchange, "topic");
                    if (topic == null || topic.isBlank()) {
                        tail.stop("Not following a topic.");
                    } else {
                        tail.follow(topic);
                    }
                    noContent(exchange);
                })
                .post("/api/tail/pause", exchange -> {
                    tail.pause();
                    noContent(exchange);
                })
                .post("/api/tail/resume", exchange -> {
                    tail.resume();
                    noContent(exchange);
                })
                .setFallbackHandler(page);
        Undertow server = Undertow.builder()
                .addHttpListener(port, HOST)
                // A page or two at a time: a couple of threads are plenty.
                .setIoThreads(1)
                .setWorkerThreads(2)
                .setHandler(routes)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException) {
                    throw new PortTakenException(port);
                }
            }
            throw e;
        }
        return new UiServer(server);
    }

    int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    private static String parameter(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? null : values.peekFirst();
    }

    private static void noContent(HttpServerExchange exchange) {
        exchange.setStatusCode(StatusCodes.NO_CONTENT);
        exchange.endExchange();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Another program listens on the port asked for. */
    static final class PortTakenException extends RuntimeException {
        PortTakenException(int port) {
            super("Port " + port + " on " + HOST + " is already in use (another ./labs ui?): stop it, or use ./labs ui --port "
                    + (port + 1) + ".");
        }
    }
}
