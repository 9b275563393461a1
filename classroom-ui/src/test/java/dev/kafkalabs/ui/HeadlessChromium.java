package dev.kafkalabs.ui;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkalabs.support.broker.FreePorts;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real headless Chromium, driven through chromedriver's W3C WebDriver HTTP API (no Selenium needed
 * for the four calls a test makes). Debian: {@code apt-get install chromium chromium-driver}; elsewhere
 * {@code UI_CHROME} and {@code UI_CHROMEDRIVER} name the two programs (the GitHub workflow sets them).
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    private final Process driver;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String session;

    private HeadlessChromium(Process driver, String base, String browser) throws IOException, InterruptedException {
        this.driver = driver;
        this.base = base;
        await("chromedriver ready").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> call("GET", "/status", null).path("ready").asBoolean());
        Map<String, Object> chromeOptions = Map.of("binary", browser, "args", List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1800"));
        JsonNode created = call("POST", "/session", Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", chromeOptions))));
        session = created.path("sessionId").asText();
        if (session.isEmpty()) {
            throw new IllegalStateException("chromedriver did not start a browser session: " + created);
        }
    }

    /** Why no browser test can run here, or empty when chromedriver and a Chromium are installed. */
    static Optional<String> missing() {
        if (chromedriver().isEmpty() || browser().isEmpty()) {
            return Optional.of("No headless Chromium here (need chromedriver and chromium on PATH; Debian: "
                    + "apt-get install chromium chromium-driver)");
        }
        return Optional.empty();
    }

    static HeadlessChromium start() throws IOException, InterruptedException {
        int port = FreePorts.pick();
        Process driver = new ProcessBuilder(chromedriver().orElseThrow().toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(Path.of("target", "chromedriver.log").toFile()).start();
        return new HeadlessChromium(driver, "http://127.0.0.1:" + port, browser().orElseThrow().toString());
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    /** Runs {@code script} (a function body that returns a value) in the page and returns the value. */
    JsonNode execute(String script) throws IOException, InterruptedException {
        return call("POST", "/session/" + session + "/execute/sync", Map.of("script", script, "args", List.of()));
    }

    String bodyText() throws IOException, InterruptedException {
        return execute("return document.body.innerText;").asText();
    }

    void screenshot(Path png) throws IOException, InterruptedException {
        Files.write(png, Base64.getDecoder().decode(call("GET", "/session/" + session + "/screenshot", null).asText()));
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        request.header("Content-Type", "application/json");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(response.body()).path("value");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " answered " + response.statusCode() + ": " + value);
        }
        return value;
    }

    private static Optional<Path> browser() {
        return named("UI_CHROME").or(() -> BROWSERS.stream().map(HeadlessChromium::onPath).flatMap(Optional::stream).findFirst());
    }

    private static Optional<Path> chromedriver() {
        return named("UI_CHROMEDRIVER").or(() -> onPath("chromedriver"));
    }

    private static Optional<Path> named(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value)).filter(Files::isExecutable);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (IOException | RuntimeException e) {
            // The driver's exit below ends the browser too.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
        }
    }
}
