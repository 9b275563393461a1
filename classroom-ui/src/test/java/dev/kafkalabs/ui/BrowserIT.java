package dev.kafkalabs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkalabs.support.junit.KafkaExtension;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page in a real browser: headless Chromium loads it, a topic and a group appear, and a screenshot
 * is kept in {@code target/classroom-ui.png}. Without Chromium the test is skipped, saying why, unless
 * {@code -Dui.browser=required} (CI), which makes a missing Chromium a failure.
 */
@ExtendWith(KafkaExtension.class)
class BrowserIT {

    static final String REQUIRED = "required";
    static final Path SCREENSHOT = Path.of("target", "classroom-ui.png");

    @BeforeAll
    static void chromiumIsHere() {
        Optional<String> missing = HeadlessChromium.missing();
        if (missing.isPresent() && REQUIRED.equals(System.getProperty("ui.browser"))) {
            fail(missing.get() + ", and -Dui.browser=required asks for the browser test.");
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse("") + ": browser test skipped "
                + "(-Dui.browser=required makes this a failure).");
    }

    @Test
    void thePageShowsATopicAndAGroupWithItsLagInChromium(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-browser-orders", 3);
        String group = kafka.uniqueName("ui-browser-billing");
        ClassroomUiIT.produce(kafka, topic, 30);
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             PollingConsumer consumer = new PollingConsumer(kafka.clientProperties(), group, "billing-1", "classic", topic);
             HeadlessChromium chromium = HeadlessChromium.start()) {
            String page = "http://127.0.0.1:" + ui.port() + "/";
            chromium.open(page);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                consumer.throwIfFailed();
                assertThat(chromium.bodyText()).as("the page's text in Chromium")
                        .contains(topic, group, "billing-1", topic + "-0 · lag 0", topic + "-2 · lag 0");
            });
            Files.createDirectories(SCREENSHOT.getParent());
            chromium.screenshot(SCREENSHOT);
            assertThat(chromium.execute("return performance.getEntriesByType('resource').map(e => e.name);"))
                    .as("everything the page loaded comes from ./labs ui itself (no CDN)")
                    .allSatisfy(url -> assertThat(url.asText()).startsWith(page));
        }
        assertThat(SCREENSHOT).as("screenshot").isNotEmptyFile();
    }

    @Test
    void afterTheConnectionDropsAndComesBackNoRecordIsShownTwice(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-browser-tail", 2);
        ClassroomUiIT.produce(kafka, topic, 12);
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             PortForwarder network = PortForwarder.unopened("127.0.0.1:" + ui.port());
             HeadlessChromium chromium = HeadlessChromium.start()) {
            network.open();
            chromium.open("http://" + network.address() + "/");
            await("the topic in the page's list").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> chromium.execute("return [...document.getElementById('tailTopic').options]"
                            + ".some(o => o.value === '" + topic + "');").asBoolean());
            chromium.execute("const select = document.getElementById('tailTopic'); select.value = '" + topic + "';"
                    + " document.getElementById('follow').click(); return true;");
            awaitRows(chromium, 12, "the 12 records of the topic in the tail");

            int connections = network.accepted();
            network.dropConnections();
            await("the page's event stream connected again").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> network.accepted() > connections);
            // Records written after the reconnect come after the server's replay of its recent records.
            ClassroomUiIT.produce(kafka, topic, 3);
            awaitRows(chromium, 15, "the 12 records and the 3 written after the reconnect");

            JsonNode keys = chromium.execute("return [...document.querySelectorAll('#records tr')].map(r => r.dataset.key);");
            assertThat(keys).as("rows of the tail after a reconnect (the server replays its recent records then)")
                    .hasSize(15).doesNotHaveDuplicates();
        }
    }

    private static void awaitRows(HeadlessChromium chromium, int rows, String what) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(chromium.execute("return document.querySelectorAll('#records tr').length;").asInt())
                        .as("rows in the tail").isGreaterThanOrEqualTo(rows));
    }
}
