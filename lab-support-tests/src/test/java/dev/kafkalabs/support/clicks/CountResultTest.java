package dev.kafkalabs.support.clicks;

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
}
