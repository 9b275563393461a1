package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.ConnectRestApi;
import dev.kafkalabs.lab10.ConnectorStatus;
import dev.kafkalabs.lab10.RestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** Labs 10.3 and 10.4 - a client of a Connect worker's REST API, on the JDK's {@link HttpClient}. */
public final class ConnectRestClient implements ConnectRestApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI restUrl;

    /** @param restUrl the worker's REST address, e.g. {@code http://127.0.0.1:8083/} */
    public ConnectRestClient(URI restUrl) {
        this.restUrl = restUrl;
    }

    @Override
    public List<String> connectors() {
        return RestJson.strings(get("/connectors"));
    }

    @Override
    public ConnectorStatus status(String connector) {
        throw new UnsupportedOperationException("Lab 10.3: GET /connectors/<connector>/status and read the answer "
                + "with RestJson.status(...) - see lab10-connect/README.md section 10.3");
    }

    @Override
    public void pause(String connector) {
        throw new UnsupportedOperationException("Lab 10.3: PUT /connectors/<connector>/pause - see "
                + "lab10-connect/README.md section 10.3");
    }

    @Override
    public void resume(String connector) {
        throw new UnsupportedOperationException("Lab 10.3: PUT /connectors/<connector>/resume - see "
                + "lab10-connect/README.md section 10.3");
    }

    @Override
    public OptionalLong storedPosition(String connector) {
        throw new UnsupportedOperationException("Lab 10.4: GET /connectors/<connector>/offsets and read the "
                + "position with RestJson.storedPosition(...) - see lab10-connect/README.md section 10.4");
    }

    /** {@code GET path} and its answer's body; an error status is an exception that shows the answer. */
    public String get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).timeout(TIMEOUT).GET().build());
    }

    /** {@code PUT path} with no body; an error status is an exception that shows the answer. */
    public String put(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).timeout(TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
    }

    private URI resolve(String path) {
        return restUrl.resolve(path);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}
