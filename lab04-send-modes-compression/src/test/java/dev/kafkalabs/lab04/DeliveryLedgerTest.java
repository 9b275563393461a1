package dev.kafkalabs.lab04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {

    @Test
    void answersAreMatchedToRecordsInSendOrder() throws InterruptedException {
        DeliveryLedger ledger = new DeliveryLedger(3);
        ledger.sending();
        ledger.sending();
        ledger.acknowledged();
        IllegalStateException refused = new IllegalStateException("refused");
        ledger.failed(refused);

        assertThat(ledger.awaitAnswers(Duration.ZERO)).as("every record sent so far answered").isTrue();
        assertThat(ledger.acknowledgedCount()).isEqualTo(1);
        assertThat(ledger.failedCount()).isEqualTo(1);
        assertThat(ledger.firstFailure()).contains(refused);
        assertThat(ledger.latenciesNanos()).as("one latency per answer").hasSize(2);
        assertThat(Arrays.stream(ledger.latenciesNanos()).min().orElseThrow()).as("shortest latency").isNotNegative();
    }

    @Test
    void waitingGivesUpWhenAnAnswerIsMissing() throws InterruptedException {
        DeliveryLedger ledger = new DeliveryLedger(1);
        ledger.sending();

        assertThat(ledger.awaitAnswers(Duration.ofMillis(50))).isFalse();
    }

    @Test
    void anAnswerWithoutASendIsAnError() {
        DeliveryLedger ledger = new DeliveryLedger(1);

        assertThatThrownBy(ledger::acknowledged).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("counted twice");
    }
}
