package dev.kafkalabs.lab10;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;

/** A Connect REST request the worker answered with an error status; the message is the worker's own. */
public final class ConnectRestException extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;

    public ConnectRestException(String method, URI target, int status, String body) {
        super(method + " " + target + " answered " + status + ": " + workerMessage(body));
        this.status = status;
    }

    /** The HTTP status: 400 a request the worker refuses, 404 no such connector, 409 a conflict ... */
    public int status() {
        return status;
    }

    /** The worker's error answers are {@code {"error_code":400,"message":"..."}}: keep the message. */
    private static String workerMessage(String body) {
        try {
            String message = JSON.readTree(body).path("message").asText("");
            return message.isEmpty() ? body : message;
        } catch (JsonProcessingException notJson) {
            return body;
        }
    }
}
