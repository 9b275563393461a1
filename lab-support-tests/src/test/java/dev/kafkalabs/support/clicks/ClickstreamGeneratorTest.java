package dev.kafkalabs.support.clicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClickstreamGeneratorTest {

    @Test
    void theSameSeedGivesTheSameEvents() {
        assertThat(events(5, 500)).isEqualTo(events(5, 500));
        assertThat(events(5, 500)).isNotEqualTo(events(6, 500));
    }

    @Test
    void trafficIsSkewedTowardsTheTopDomains() {
        CountResult counts = CountResult.of(events(3, 20_000).stream().map(ClickEvents::toJson).toList());
        List<Map.Entry<String, Long>> ranked = counts.ranked();

        assertThat(ranked).as("every domain appears").hasSize(ClickstreamGenerator.DOMAINS.size());
        assertThat(ranked.get(0).getKey()).isEqualTo("google.com");
        assertThat(ranked.get(0).getValue()).as("the top domain's count").isGreaterThan(20_000 / 5);
        assertThat(ranked.get(ranked.size() - 1).getValue()).as("the last domain's count").isLessThan(20_000 / 50);
    }

    @Test
    void everyActionOccursAndTimeMovesForward() {
        List<ClickEvent> events = events(9, 2_000);

        assertThat(events).extracting(ClickEvent::action)
                .contains(ClickEvent.CLICKED, ClickEvent.VIEWED, ClickEvent.BLOCKED);
        assertThat(events).extracting(ClickEvent::timestamp).isSorted();
        assertThat(events.get(0).timestamp()).isGreaterThanOrEqualTo(ClickstreamGenerator.START_TIMESTAMP);
    }

    private static List<ClickEvent> events(long seed, int count) {
        ClickstreamGenerator generator = new ClickstreamGenerator(seed);
        List<ClickEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(generator.next());
        }
        return events;
    }
}
