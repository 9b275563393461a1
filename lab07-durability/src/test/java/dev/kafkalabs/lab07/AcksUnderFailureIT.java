package dev.kafkalabs.lab07;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.junit.ClusterCheck;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@ClusterCheck
@ExerciseCheck("7.2")
// The quick scenarios first: a wrong answer one of them rejects is not put through three leader crashes.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcksUnderFailureIT {

    /**
     * How long a write stays refused: a producer that retries a handful of times (100 ms apart, doubling) has
     * given up in about a second; three seconds cover a loaded machine.
     */
    private static final Duration REFUSAL = Duration.ofSeconds(3);

    private static final int LEADER_KILLS = 3;

    @Test
    @Order(3)
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

    /**
     * A leader change is not the only refusal a durable write meets: too few replicas in sync is one too,
     * retriable, and often over in seconds (a broker in a long GC pause, a network blip). The topic wants all
     * three replicas in sync; one follower is frozen (SIGSTOP) until the controller fences it and the ISR
     * shrinks, so the leader refuses every durable write (NotEnoughReplicas) for {@link #REFUSAL}; then the
     * follower runs on and rejoins the ISR. A producer whose retries are left at their default (until
     * delivery.timeout.ms, two minutes) writes the record. Then the partition's leader is asked which
     * producers it keeps sequence numbers for: with idempotence it keeps the producer's, and drops a retry of
     * a batch it already has; without, it keeps none, and writes such a retry twice.
     */
    @Test
    @Order(2)
    void aReplicatedSendRefusedForAMomentIsWrittenOnceTheFollowerIsBackByAnIdempotentProducer(TestCluster cluster)
            throws Exception {
        String topic = Topics.uniqueName("lab07-acks-refused");
        Topics.ensureExist(cluster.admin(), new NewTopic(topic, 1, (short) 3)
                .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "3")));
        cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas");
        try (AckingProducer producer = Variant.current().instantiate(AckingProducer.class, AcksProducer.class,
                cluster.clientProperties(), Guarantee.REPLICATED)) {
            producer.send(topic, 0);
            flush(producer);
            int follower = cluster.followers(topic, 0).iterator().next();
            cluster.cluster().pauseBroker(follower);
            cluster.awaitIsr(topic, 0, isr -> !isr.contains(follower), "without the frozen broker " + follower);
            awaitLeaderRefuses(cluster, topic);
            producer.send(topic, 1);
            // The refusal lasts REFUSAL, or until the producer gives up: one that retries a handful of times has by then.
            Waiting.until(REFUSAL, () -> producer.failures() > 0);
            cluster.cluster().resumeBroker(follower);
            cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas again");
            flush(producer);

            assertThat(producer.failures())
                    .as("sends given up while a follower was out of sync and the topic wanted all three (last failure: "
                            + "%s): a refusal for too few in-sync replicas is retriable - left at their default, retries "
                            + "go on until delivery.timeout.ms; a handful of retries (retries=3) run out in about a "
                            + "second", producer.lastFailure())
                    .isZero();
            assertThat(producer.acknowledged()).as("records acknowledged once the follower was back in sync")
                    .containsExactly(0L, 1L);
            TopicPartition partition = new TopicPartition(topic, 0);
            assertThat(Topics.get(cluster.admin().describeProducers(List.of(partition)).partitionResult(partition),
                    "describe the producers of " + partition).activeProducers())
                    .as("producers whose sequence numbers the partition's leader keeps (Admin.describeProducers) "
                            + "after REPLICATED writes: none means the producer writes without idempotence, and a retry "
                            + "of a batch that was written but whose acknowledgement was lost is written twice")
                    .isNotEmpty();
        }
    }

    /**
     * The controller's ISR (what {@code awaitIsr} reads) reaches the partition's leader a moment later; until
     * then the leader still waits for the frozen follower instead of refusing, and a write waits without a
     * retry. A probe of the check's own, never retried, is sent until the leader refuses it outright.
     */
    private static void awaitLeaderRefuses(TestCluster cluster, String topic) {
        Properties probe = cluster.clientProperties();
        probe.put(ProducerConfig.ACKS_CONFIG, "all");
        probe.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        probe.put(ProducerConfig.RETRIES_CONFIG, 0);
        probe.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        probe.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        probe.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);
        try (KafkaProducer<Long, String> producer = new KafkaProducer<>(probe, new LongSerializer(),
                new StringSerializer())) {
            Waiting.await("the leader of " + topic + " to refuse durable writes (NotEnoughReplicas)", Waiting.PATIENCE,
                    () -> refused(producer, topic));
        }
    }

    private static boolean refused(KafkaProducer<Long, String> producer, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, -1L, "probe")).get(10, TimeUnit.SECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof NotEnoughReplicasException;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while probing " + topic, e);
        }
    }

    private static void flush(AckingProducer producer) throws Exception {
        CompletableFuture.runAsync(producer::flush).get(Waiting.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    @Order(1)
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
