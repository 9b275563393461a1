package dev.kafkalabs.support.clicks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClickEventsTest {

    @Test
    void readsTheDecksExample() throws Exception {
        ClickEvent event = ClickEvents.parse(MalformedSamples.validEvent());

        assertThat(event).isEqualTo(new ClickEvent(1451635200055L, "session_57", "twitter.com", 24, "user_31",
                "campaign_1", "ip_64", "blocked"));
    }

    @Test
    void writesWhatItReads() throws Exception {
        ClickEvent event = new ClickstreamGenerator(1).next();

        assertThat(ClickEvents.parse(ClickEvents.toJson(event))).isEqualTo(event);
        assertThat(new String(ClickEvents.toJson(event), java.nio.charset.StandardCharsets.UTF_8))
                .as("field order as in the deck").startsWith("{\"timestamp\":").contains("\"action\":");
    }

    @Test
    void rejectsEveryMalformedSampleWithAReason() {
        MalformedSamples.all().forEach((kind, value) -> assertThatThrownBy(() -> ClickEvents.parse(value))
                .as("parsing %s", kind)
                .isInstanceOf(MalformedEventException.class)
                .hasMessageNotContaining("\n")
                .message().isNotBlank());
        assertThat(ClickEvents.read(null).error()).isEqualTo("empty value");
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThat(ClickEvents.read(MalformedSamples.all().get("missing domain")).error()).contains("'domain'");
        assertThat(ClickEvents.read(MalformedSamples.all().get("cost is text")).error()).contains("'cost'");
        assertThat(ClickEvents.read(MalformedSamples.all().get("plain text")).error()).startsWith("not JSON");
    }
}
