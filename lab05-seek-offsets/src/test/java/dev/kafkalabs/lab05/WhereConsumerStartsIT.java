package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.solution.WhereConsumerStarts;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.util.Map;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two partitions of 5 records each (offsets 0..4, end offset 5). */
@ExerciseCheck("5.4")
class WhereConsumerStartsIT {

    private static final int PER_PARTITION = 5;

    private TopicPartition first;
    private TopicPartition second;
    private StartingPositions starts;

    @BeforeEach
    void fillTwoPartitions(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-start", 2);
        DemoData.fill(topic, 0, "p0", PER_PARTITION);
        DemoData.fill(topic, 1, "p1", PER_PARTITION);
        first = new TopicPartition(topic, 0);
        second = new TopicPartition(topic, 1);
        starts = Variant.current().instantiate(StartingPositions.class, WhereConsumerStarts.class,
                kafka.clientProperties(), topic);
    }

    @Test
    void aNewGroupWithEarliestStartsAtTheBeginning() {
        assertThat(starts.newGroupStartsAt("earliest")).as("starting positions of a new group with earliest")
                .isEqualTo(Map.of(first, 0L, second, 0L));
    }

    @Test
    void aNewGroupWithLatestStartsAtTheEnd() {
        assertThat(starts.newGroupStartsAt("latest")).as("starting positions of a new group with latest")
                .isEqualTo(Map.of(first, (long) PER_PARTITION, second, (long) PER_PARTITION));
    }

    @Test
    void aNewGroupWithNoneGetsNoOffsetForPartitionException() {
        NoOffsetForPartitionException thrown = null;
        try {
            starts.newGroupStartsAt("none");
        } catch (NoOffsetForPartitionException e) {
            thrown = e;
        }

        assertThat(thrown).as("what a new group with auto.offset.reset=none gets").isNotNull();
        assertThat(thrown.partitions()).as("partitions the exception names").isNotEmpty().isSubsetOf(first, second);
    }

    @Test
    void aSeekPastTheEndIsResetByEarliestToTheBeginning() {
        assertThat(starts.readsFromAfterSeekPastEnd("earliest", 100))
                .as("offset read from after seeking 100 past the end, with earliest").isZero();
    }

    @Test
    void aSeekPastTheEndIsResetByLatestToTheEnd() {
        assertThat(starts.readsFromAfterSeekPastEnd("latest", 100))
                .as("offset read from after seeking 100 past the end, with latest").isEqualTo(PER_PARTITION);
    }

    @Test
    void aSeekPastTheEndWithNoneGetsOffsetOutOfRangeException() {
        OffsetOutOfRangeException thrown = null;
        try {
            starts.readsFromAfterSeekPastEnd("none", 100);
        } catch (OffsetOutOfRangeException e) {
            thrown = e;
        }

        assertThat(thrown).as("what a seek past the end gets with auto.offset.reset=none").isNotNull();
        assertThat(thrown.offsetOutOfRangePartitions()).as("the out-of-range position it reports")
                .isEqualTo(Map.of(first, PER_PARTITION + 100L));
    }

    @Test
    void theDemoExplainsNoneInsteadOfPrintingAStackTrace(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, WhereConsumerStarts.class, "--partitions", "1", "--count", "3", "--beyond", "10");

        assertThat(output).as("the demo's output")
                .containsPattern("earliest\\s+p0 at 0")
                .containsPattern("latest\\s+p0 at 3")
                .containsPattern("none\\s+NoOffsetForPartitionException - nothing committed")
                .containsPattern("none\\s+OffsetOutOfRangeException - \\[13\\] is out of range")
                .doesNotContain("\tat ");
    }
}
