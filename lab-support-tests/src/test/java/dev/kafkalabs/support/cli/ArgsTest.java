package dev.kafkalabs.support.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static final String USAGE = "Demo [--topic T] [--count N] [--json]";

    private static Args parse(String... argv) {
        return Args.parse(argv, USAGE, List.of("topic", "count"), List.of("json"));
    }

    @Test
    void readsValuesFlagsAndDefaults() {
        Args args = parse("--count", "1_000", "--json");

        assertThat(args.positive("count", 10, 1)).isEqualTo(1000);
        assertThat(args.flag("json")).isTrue();
        assertThat(args.value("topic", "clicks")).isEqualTo("clicks");
    }

    @Test
    void badInputNamesTheProblemAndShowsTheUsage() {
        assertThatThrownBy(() -> parse("--colour", "red")).isInstanceOf(UsageException.class)
                .hasMessageContaining("Unknown argument '--colour'").hasMessageContaining("Usage: " + USAGE);
        assertThatThrownBy(() -> parse("--topic")).hasMessageContaining("--topic needs a value");
        assertThatThrownBy(() -> parse("--count", "many").positive("count", 1, 1))
                .hasMessageContaining("--count must be a whole number, not 'many'");
        assertThatThrownBy(() -> parse("--count", "0").positive("count", 1, 1))
                .hasMessageContaining("--count must be at least 1, not 0");
    }

    @Test
    void aPortIsATcpPortNumber() {
        assertThat(parse("--count", "9092").port("count", 1)).isEqualTo(9092);
        assertThat(parse().port("count", 8080)).isEqualTo(8080);
        assertThatThrownBy(() -> parse("--count", "65536").port("count", 1))
                .hasMessageContaining("--count must be a TCP port (1-65535), not 65536").hasMessageContaining("Usage: " + USAGE);
        assertThatThrownBy(() -> parse("--count", "0").port("count", 1)).hasMessageContaining("not 0");
    }

    @Test
    void aMissingRequiredOptionIsNamedWithTheUsage() {
        assertThat(parse("--topic", "clicks").required("topic")).isEqualTo("clicks");
        assertThatThrownBy(() -> parse().required("topic"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--topic is required").hasMessageContaining("Usage: " + USAGE);
    }

    @Test
    void helpIsAUsageRequestNotAnError() {
        assertThatThrownBy(() -> parse("--help"))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.helpRequested()).isTrue())
                .hasMessage("Usage: " + USAGE);
    }
}
