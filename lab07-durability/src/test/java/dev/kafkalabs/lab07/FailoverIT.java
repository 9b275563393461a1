package dev.kafkalabs.lab07;

import dev.kafkalabs.lab07.demo.FailoverReaderMain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.junit.ClusterCheck;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestCluster;
import org.junit.jupiter.api.Test;

@ClusterCheck
@ExerciseCheck("7.4")
class FailoverIT {

    @Test
    void theGroupReadsOnAcrossALeaderCrashAndItsOwnCrashRepeatsAtMostOneBatch(TestCluster cluster) {
        // Topic and producer are the solutions of 7.1 and 7.2: this check is about the reader.
        ReplicatedTopics topics = new ReplicatedTopic(cluster.admin());
        String topic = Topics.uniqueName("lab07-failover");
        topics.create(topic, 1);
        FailoverDrill.Result result;
        try (AckingProducer producer = new AcksProducer(cluster.clientProperties(), Guarantee.REPLICATED)) {
            result = FailoverDrill.run(cluster.cluster(), topics, topic, Topics.uniqueName("lab07-failover-group"),
                    producer);
        }
        System.out.println("7.4 " + result.summary());

        assertThat(result.committedAtCrash())
                .as("offset committed while the reader hung before offset %d (not processed yet): an offset was "
                        + "committed before its record was processed, so a crash skips it", result.frozenAtOffset())
                .isLessThanOrEqualTo(result.frozenAtOffset());
        assertThat(result.committedAtCrash())
                .as("offset committed when the reader crashed before offset %d: commits trail processing by more "
                        + "than one batch (%d records), so a crash repeats more than a batch; commit after each "
                        + "processed batch", result.frozenAtOffset(), FailoverReaderMain.BATCH)
                .isGreaterThanOrEqualTo(result.frozenAtOffset() - FailoverReaderMain.BATCH);
        assertThat(result.neverProcessed()).as("records never processed (%s)", result.summary()).isEmpty();
        assertThat(result.committedAtEnd())
                .as("the group's committed offset once the replacement had processed all %d records and stopped: the "
                        + "next record to read, the last processed offset + 1 - committing a record's own offset makes "
                        + "the next reader process it again", FailoverDrill.RECORDS)
                .isEqualTo(FailoverDrill.RECORDS);
        assertThat(result.replacementStopped())
                .as("whether the replacement reader's loop ended when asked to stop (SIGTERM) once it had read "
                        + "everything: stop() wakes the consumer up, and a WakeupException caught and retried like a "
                        + "broker error keeps the loop polling until the JVM is killed")
                .isTrue();
        assertThat((long) result.processedTwice().size())
                .as("records processed twice (%s): only those after the last commit may be", result.summary())
                .isLessThanOrEqualTo(result.frozenAtOffset() - result.committedAtCrash());
    }
}
