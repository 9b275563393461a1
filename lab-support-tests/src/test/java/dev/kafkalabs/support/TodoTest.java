package dev.kafkalabs.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

class TodoTest {

    @Test
    void findsAStartersTodoWrappedByKafka() {
        UnsupportedOperationException todo = new UnsupportedOperationException("Lab 5.2: seek here - see README");
        KafkaException wrapped = new KafkaException("User rebalance callback throws an error", todo);

        assertThat(Todo.find(wrapped)).as("TODO found in the cause chain").containsSame(todo);
    }

    @Test
    void ignoresOrdinaryFailures() {
        assertThat(Todo.find(new IllegalStateException("broker gone", new RuntimeException("Lab notes")))).isEmpty();
    }

    @Test
    void rethrowsTheTodoItselfAndLetsAnOrdinaryFailureOrNoneThrough() {
        UnsupportedOperationException todo = new UnsupportedOperationException("Lab 6.1: send - see README");

        assertThatThrownBy(() -> Todo.rethrowIfFound(new KafkaException("wrapped", todo))).isSameAs(todo);
        assertThatCode(() -> Todo.rethrowIfFound(new IllegalStateException("broker gone"))).doesNotThrowAnyException();
        assertThatCode(() -> Todo.rethrowIfFound(null)).doesNotThrowAnyException();
    }
}
