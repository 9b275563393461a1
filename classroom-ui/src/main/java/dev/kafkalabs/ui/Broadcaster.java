package dev.kafkalabs.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Sends what changed to every open page as server-sent events, and brings a page that connects up to
 * date at once:
 * <ul>
 *   <li>{@code cluster}: {@code {"readAt": epochMillis, "view": ClusterView}}, when the view differs from the last one;</li>
 *   <li>{@code read}: {@code {"readAt": epochMillis}}, when a read found nothing new (the page shows it is live);</li>
 *   <li>{@code tail}: the record tail's {@link RecordTail.State};</li>
 *   <li>{@code records}: new records of the followed topic (a list of {@link RecordTail.Line}).</li>
 * </ul>
 */
final class Broadcaster {

    /** Records replayed to a page that connects (or reconnects) while a topic is followed. */
    private static final int RECORDS_KEPT = 200;

    private final ObjectMapper json = new ObjectMapper();
    private final ServerSentEventHandler handler = new ServerSentEventHandler(this::connected);
    private final Deque<RecordTail.Line> recentRecords = new ArrayDeque<>();
    private String lastViewJson;
    private String lastClusterEvent;
    private String lastTailEvent;

    ServerSentEventHandler handler() {
        return handler;
    }

    synchronized void view(ClusterView view) {
        String viewJson = write(view);
        long readAt = System.currentTimeMillis();
        if (viewJson.equals(lastViewJson)) {
            sendToAll("read", "{\"readAt\":" + readAt + "}");
            return;
        }
        lastViewJson = viewJson;
        lastClusterEvent = "{\"readAt\":" + readAt + ",\"view\":" + viewJson + "}";
        sendToAll("cluster", lastClusterEvent);
    }

    synchronized void tail(RecordTail.State state) {
        if (state.topic() == null || !state.topic().equals(topicOfRecentRecords())) {
            recentRecords.clear();
        }
        lastTailEvent = write(state);
        sendToAll("tail", lastTailEvent);
    }

    synchronized void records(List<RecordTail.Line> lines) {
        lines.forEach(recentRecords::addLast);
        while (recentRecords.size() > RECORDS_KEPT) {
            recentRecords.removeFirst();
        }
        sendToAll("records", write(lines));
    }

    /** The last view sent, as JSON ({@code GET /api/cluster}). */
    synchronized String lastClusterEvent() {
        return lastClusterEvent == null ? "{}" : lastClusterEvent;
    }

    private String topicOfRecentRecords() {
        return recentRecords.isEmpty() ? null : recentRecords.peekLast().topic();
    }

    private synchronized void connected(ServerSentEventConnection connection, String lastEventId) {
        // A comment every 15 s keeps proxies and browsers from closing a quiet stream.
        connection.setKeepAliveTime(15_000);
        if (lastClusterEvent != null) {
            connection.send(lastClusterEvent, "cluster", null, null);
        }
        if (lastTailEvent != null) {
            connection.send(lastTailEvent, "tail", null, null);
        }
        if (!recentRecords.isEmpty()) {
            connection.send(write(List.copyOf(recentRecords)), "records", null, null);
        }
    }

    private void sendToAll(String event, String data) {
        for (ServerSentEventConnection connection : handler.getConnections()) {
            connection.send(data, event, null, null);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
