package dev.kafkalabs.lab06;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountResultTest {

    @Test
    void jsonIsOneLineWithCountsAndMalformedAndReadsBack() {
        CountResult result = new CountResult(Map.of("b.com", 2L, "a.com", 5L), 3);

        String json = result.toJson();

        assertThat(json).isEqualTo("{\"counts\":{\"a.com\":5,\"b.com\":2},\"valid\":7,\"malformed\":3}");
        assertThat(CountResult.fromJson(json)).isEqualTo(result);
    }

    @Test
    void tableShowsTheTopDomains() {
        String table = CountTable.render("Test", new CountResult(Map.of("a.com", 5L, "b.com", 2L, "c.com", 1L), 1), 2);

        assertThat(table).contains("a.com", "b.com", "1 more domains").doesNotContain("c.com");
    }
}
