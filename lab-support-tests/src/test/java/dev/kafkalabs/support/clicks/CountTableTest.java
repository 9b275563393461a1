package dev.kafkalabs.support.clicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountTableTest {

    @Test
    void tableShowsTheTopDomains() {
        String table = CountTable.render("Test", new CountResult(Map.of("a.com", 5L, "b.com", 2L, "c.com", 1L), 1), 2);

        assertThat(table).contains("a.com", "b.com", "1 more domains").doesNotContain("c.com");
    }
}
