package dev.kafkalabs.lab10;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client of a Connect worker's REST API on the JDK's {@link HttpClient}: the same requests as
 * {@code curl -X METHOD http://127.0.0.1:8083/PATH -d JSON}. Bodies are any object Jackson can write
 * (a {@code Map} is a JSON object); answers are read as JSON ({@link JsonNode}).
 *
 * <p>An answer with an error status is a {@link ConnectRestException} that carries the worker's message.
 */
public final class ConnectRest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI url;

    /** @param url the worker's REST address, e.g. {@code http://127.0.0.1:8083/} */
    public ConnectRest(URI url) {
        this.url = url;
    }

    /** The worker's REST address. */
    public URI url() {
        return url;
    }

    /** {@code GET path}. */
    public JsonNode get(String path) {
        return send("GET", path, BodyPublishers.noBody());
    }

    /** {@code POST path} with {@code body} as JSON. */
    public JsonNode post(String path, Object body) {
        return send("POST", path, json(body));
    }

    /** {@code POST path} without a body. */
    public JsonNode post(String path) {
        return send("POST", path, BodyPublishers.noBody());
    }

    /** {@code PUT path} with {@code body} as JSON. */
    public JsonNode put(String path, Object body) {
        return send("PUT", path, json(body));
    }

    /** {@code PUT path} without a body. */
    public JsonNode put(String path) {
        return send("PUT", path, BodyPublishers.noBody());
    }

    /** {@code PATCH path} with {@code body} as JSON. */
    public JsonNode patch(String path, Object body) {
        return send("PATCH", path, json(body));
    }

    /** {@code DELETE path}. */
    public JsonNode delete(String path) {
        return send("DELETE", path, BodyPublishers.noBody());
    }

    /** {@code json} indented for people. */
    public static String pretty(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return json.toString();
        }
    }

    private JsonNode send(String method, String path, BodyPublisher body) {
        URI target = url.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, body).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new ConnectRestException(method, target, response.statusCode(), response.body());
            }
            return response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(method + " " + target + " answered something that is not JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + " failed: " + e.getMessage()
                    + " (is the worker running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + target, e);
        }
    }

    private static BodyPublisher json(Object body) {
        try {
            return BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }
}
