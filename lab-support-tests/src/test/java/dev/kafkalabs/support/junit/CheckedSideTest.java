package dev.kafkalabs.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a check run says about the side it checks (IdeCheckRunIT in solutions runs a real check the IDE's way). */
class CheckedSideTest {

    @Test
    void withoutLabVariantTheFirstLineSaysTheSolutionIsTheDefaultAndHowToCheckYourOwnCode() {
        assertThat(CheckedSide.announcement(null, "3.1")).isEqualTo("==> Checking the course's SOLUTION of 3.1, not your code "
                + "(no -Dlab.variant given: the solution is the default). To check your own code: ./labs check 3.1 in a "
                + "terminal, or add -Dlab.variant=starter to this run configuration.");
    }

    @Test
    void everySideIsNamed() {
        assertThat(CheckedSide.announcement("solution", "3.1")).contains("SOLUTION of 3.1", "(-Dlab.variant=solution)",
                "./labs check 3.1");
        assertThat(CheckedSide.announcement("starter", "3.1")).isEqualTo(
                "==> Checking YOUR CODE (the starter) of 3.1 (-Dlab.variant=starter).");
        assertThat(CheckedSide.announcement("mutant:no_keys", "3.1")).startsWith(
                "==> Checking the wrong answer mutant:no_keys of 3.1, not your code.");
        assertThat(CheckedSide.announcement("alternative:flush_first", "3.1")).startsWith(
                "==> Checking the correct alternative alternative:flush_first of 3.1, not your code.");
    }

    @Test
    void theReportKeepsTheChecksOwnName() {
        String shown = CheckedSide.withSide("everyRecordArrives()");

        assertThat(shown).as("the name in the test tree").matches("everyRecordArrives\\(\\) \\[[a-z:_]+\\]");
        assertThat(CheckedSide.withoutSide(shown)).isEqualTo("everyRecordArrives()");
        assertThat(CheckedSide.withoutSide("a name without a side")).isEqualTo("a name without a side");
    }
}
