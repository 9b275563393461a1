package dev.kafkalabs.lab07;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ClusterCheck;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestCluster;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.junit.jupiter.api.Test;

@ClusterCheck
@ExerciseCheck("7.2")
class AcksUnderFailureIT {

    private static final int LEADER_KILLS = 3;

    @Test
    void theReplicatedGuaranteeLosesNoAcknowledgedRecordAcrossThreeLeaderCrashes(TestCluster cluster) {
        // The topic is made by the solution of 7.1: this check is about the producer.
        ReplicatedTopics topics = new ReplicatedTopic(cluster.admin());
        for (int kill = 1; kill <= LEADER_KILLS; kill++) {
            String topic = Topics.uniqueName("lab07-acks-replicated");
            topics.create(topic, 1);
            LeaderKillDrill.Trial trial = LeaderKillDrill.run(cluster.cluster(), topics, topic, Guarantee.REPLICATED);
            System.out.printf("7.2 leader crash %d: %s%n", kill, trial.line());

            assertThat(trial.lostAcknowledged())
                    .as("records acknowledged but lost in leader crash %d (%s): the REPLICATED guarantee must only "
                            + "acknowledge what the in-sync replicas have; acks=1 lets the leader alone acknowledge",
                            kill, trial.line())
                    .isEmpty();
            assertThat(trial.failures())
                    .as("sends the producer gave up on in leader crash %d (last failure: %s): a durable producer "
                            + "retries across a leader change; retries=0 fails them (and silently turns "
                            + "idempotence off)", kill, trial.lastFailure())
                    .isZero();
            assertThat(trial.acknowledged()).as("records acknowledged in leader crash %d", kill)
                    .hasSize(LeaderKillDrill.RECORDS);
            assertThat(trial.duplicates())
                    .as("records written twice in leader crash %d: retries without idempotence", kill)
                    .isZero();
        }
    }

    @Test
    void aFailedSendIsCountedAsAFailureNotAsAnAcknowledgement(TestCluster cluster) throws Exception {
        try (AckingProducer producer = Variant.current().instantiate(AckingProducer.class, AcksProducer.class,
                cluster.clientProperties(), Guarantee.REPLICATED)) {
            producer.send("not a valid topic name!", 7);
            CompletableFuture.runAsync(producer::flush).get(30, TimeUnit.SECONDS);

            assertThat(producer.acknowledged())
                    .as("a send that failed (the topic name is invalid) was counted as acknowledged: only a "
                            + "callback without an exception is an acknowledgement")
                    .doesNotContain(7L);
            assertThat(producer.failures()).as("failed sends counted (one send to an invalid topic)").isEqualTo(1);
            assertThat(producer.lastFailure())
                    .as("the last failure, kept for the report: the callback's exception was counted but not kept")
                    .isInstanceOf(InvalidTopicException.class);
        }
    }
}
