package dev.kafkalabs.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** The page's event stream ({@code GET /events}) read the way a browser's EventSource reads it. */
final class EventStream implements AutoCloseable {

    record Event(String name, JsonNode data, long receivedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Stream<String> lines;
    private String name = "message";
    private final StringBuilder data = new StringBuilder();

    EventStream(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events"))
                .header("Accept", "text/event-stream").build();
        try {
            lines = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()).body();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the page's event stream", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread reader = new Thread(() -> lines.forEach(this::line), "event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void line(String line) {
        if (line.isEmpty()) {
            if (data.length() > 0) {
                try {
                    events.add(new Event(name, JSON.readTree(data.toString()), System.currentTimeMillis()));
                } catch (IOException e) {
                    throw new UncheckedIOException("The page was sent data that is not JSON: " + data, e);
                }
            }
            name = "message";
            data.setLength(0);
        } else if (line.startsWith("event:")) {
            name = value(line, "event:");
        } else if (line.startsWith("data:")) {
            data.append(value(line, "data:"));
        }
    }

    private static String value(String line, String field) {
        String value = line.substring(field.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    List<Event> all() {
        return List.copyOf(events);
    }

    List<Event> named(String eventName) {
        return events.stream().filter(event -> event.name().equals(eventName)).toList();
    }

    /** The newest cluster view the page was sent (an empty object before the first). */
    JsonNode view() {
        List<Event> views = named("cluster");
        return views.isEmpty() ? JSON.createObjectNode() : views.get(views.size() - 1).data().path("view");
    }

    /** The newest view's consumer group {@code groupId}, or a missing node. */
    JsonNode group(String groupId) {
        return find(view().path("groups"), groupId);
    }

    static JsonNode find(JsonNode groups, String groupId) {
        for (JsonNode group : groups) {
            if (group.path("groupId").asText().equals(groupId)) {
                return group;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Override
    public void close() {
        lines.close();
    }
}
