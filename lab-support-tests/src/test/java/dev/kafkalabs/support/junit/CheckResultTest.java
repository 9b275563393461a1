package dev.kafkalabs.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckResultTest {

    @Test
    void aResultLineReadsBackAsTheSameResultWhateverItsMessageHolds() {
        CheckResult result = new CheckResult("3.1", "FAILED", "sendsEveryGreeting()",
                "expected: 3\n but was: 2\twith a tab and a \\ backslash");

        assertThat(result.toLine()).doesNotContain("\n").startsWith(CheckResult.LINE_PREFIX);
        assertThat(CheckResult.fromLine(result.toLine())).contains(result);
    }

    @Test
    void aLineOfTheChecksOwnOutputIsNoResult() {
        assertThat(CheckResult.fromLine("Sent 3 greetings to topic greetings")).isEmpty();
        assertThat(CheckResult.fromLine(CheckResult.LINE_PREFIX + "only\ttwo")).isEmpty();
    }
}
