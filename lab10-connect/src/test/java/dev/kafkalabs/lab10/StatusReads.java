package dev.kafkalabs.lab10;

import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.rest.ConnectRestExtension;
import org.apache.kafka.connect.rest.ConnectRestExtensionContext;

/**
 * The checks' own REST extension of the in-process worker ({@code rest.extension.classes}): it notes when each
 * {@code GET /connectors/NAME/status} arrives, so that a check sees how often the exercise's code asks.
 * Connect loads it like any REST extension (listed in {@code META-INF/services}).
 */
public final class StatusReads implements ConnectRestExtension {

    private static final Map<String, List<Long>> ARRIVALS = new ConcurrentHashMap<>();

    /** The worker setting that installs this extension. */
    static Map<String, String> workerSetting() {
        return Map.of("rest.extension.classes", StatusReads.class.getName());
    }

    /** When each status read of {@code connector} arrived (System.nanoTime), in order. */
    static List<Long> of(String connector) {
        List<Long> arrivals = ARRIVALS.getOrDefault(connector, List.of());
        synchronized (arrivals) {
            return new ArrayList<>(arrivals);
        }
    }

    @Override
    public void register(ConnectRestExtensionContext context) {
        context.configurable().register((ContainerRequestFilter) request -> {
            List<String> segments = request.getUriInfo().getPathSegments().stream().map(segment -> segment.getPath())
                    .toList();
            if (request.getMethod().equals("GET") && segments.size() == 3 && segments.get(0).equals("connectors")
                    && segments.get(2).equals("status")) {
                List<Long> arrivals = ARRIVALS.computeIfAbsent(segments.get(1), name -> new ArrayList<>());
                synchronized (arrivals) {
                    arrivals.add(System.nanoTime());
                }
            }
        });
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure.
    }

    @Override
    public void close() {
        // Nothing to free: the arrivals stay readable for the check.
    }

    @Override
    public String version() {
        return "1";
    }
}
