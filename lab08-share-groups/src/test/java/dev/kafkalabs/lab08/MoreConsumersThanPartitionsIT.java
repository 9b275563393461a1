package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.GroupSetup;
import dev.kafkalabs.lab08.solution.QueueConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Config;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

@ExerciseCheck("8.1")
class MoreConsumersThanPartitionsIT {

    private static final int JOBS = 60;
    private static final int CONSUMERS = 3;

    /** The settings later exercises pass (a lock, a delivery limit) are the group's too, beside the start. */
    @Test
    void theSettingsPassedInAreSetOnTheGroupBesideTheStart(TestKafka kafka) {
        String group = kafka.uniqueName("lab08-settings-group");
        Map<String, String> settings = Map.of(ShareGroupSettings.RECORD_LOCK_DURATION_MS, "20000",
                ShareGroupSettings.DELIVERY_COUNT_LIMIT, "3");

        setup().configure(kafka.admin(), group, settings);

        Config config = GroupConfigs.awaitSetUp(kafka.admin(), group, settings);
        settings.forEach((name, value) -> assertThat(config.get(name).value())
                .as("the group's %s after configure(admin, group, %s): the settings passed in must be set on the "
                        + "group too, beside share.auto.offset.reset - later exercises pass their lock and delivery "
                        + "limit this way", name, settings)
                .isEqualTo(value));
        assertThat(config.get(GroupConfigs.START).value()).as("the group's share.auto.offset.reset: where a share "
                        + "group starts is a config of the group on the broker, set with the Admin client beside the "
                        + "other settings - not a consumer setting")
                .isEqualTo("earliest");
    }

    /** The Admin client answers with a future: a refused setting is only known by waiting for it. */
    @Test
    void aSettingTheBrokerRefusesMakesConfigureFail(TestKafka kafka) {
        String group = kafka.uniqueName("lab08-refused-group");

        Throwable refused = catchThrowable(() -> setup().configure(kafka.admin(), group,
                Map.of(ShareGroupSettings.DELIVERY_COUNT_LIMIT, "many")));

        assertThat(refused).as("configure() with a delivery limit the broker refuses (\"many\"): it must fail - "
                        + "incrementalAlterConfigs() returns at once, and only waiting for its result (all().get()) "
                        + "tells whether the broker took the settings")
                .isNotNull();
    }

    /**
     * The client ids of the share group's members once all of them are listed, or what the broker said last
     * (none, when it cannot describe the group as a share group): the caller asserts it after the checks that
     * say more about a wrong consumer.
     */
    private static List<String> memberClientIds(String group) {
        AtomicReference<List<String>> seen = new AtomicReference<>(List.of());
        try (GroupMembers members = new GroupMembers(group)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try {
                    seen.set(members.clientIds());
                } catch (IllegalStateException notAShareGroup) {
                    // Every job was processed, so the group exists: it is of another kind (a consumer group).
                    return true;
                }
                return seen.get().size() == CONSUMERS;
            });
        } catch (ConditionTimeoutException notAllListed) {
            // What was seen is asserted by the caller, with a message about names.
        }
        return seen.get();
    }

    private static GroupConfigurer setup() {
        return Variant.current().instantiate(GroupConfigurer.class, GroupSetup.class);
    }

    @Test
    void threeConsumersOnOnePartitionShareTheJobsAndProcessEachOnce(TestKafka kafka) {
        // Written before any consumer exists: the group must still deliver them.
        JobQueue queue = JobQueue.create(kafka, "lab08-queue", JOBS, ShareGroupSettings.none());
        String topic = queue.topic();
        String group = queue.group();

        Deliveries deliveries = new Deliveries();
        List<String> memberNames;
        WorkerSetup setup = SmallBatches.of(WorkerSetup.of(topic, group, "worker"), 3);
        try (Crew crew = new Crew()) {
            for (int i = 1; i <= CONSUMERS; i++) {
                String name = "worker-" + i;
                crew.start(name, Variant.current().instantiate(QueueWorker.class, QueueConsumer.class,
                        setup.named(name), deliveries.recording(name, record -> Work.take(Duration.ofMillis(25)))));
            }
            FirstDelivery.awaitAny(crew, deliveries, " (a share group that starts at the latest offset skips the "
                    + "jobs written before its consumers started: set share.auto.offset.reset=earliest)",
                    failure -> failure);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                crew.throwIfFailed();
                assertThat(deliveries.distinctProcessed())
                        .as("jobs processed")
                        .isEqualTo(JOBS);
            });
            memberNames = memberClientIds(group);
        }
        DeliveryReport report = deliveries.processedLedger().report(JOBS);
        System.out.printf("8.1 deliveries per consumer: %s; %s%n", deliveries.perWorker(), report);
        assertThat(deliveries.perWorker()).as("deliveries per consumer: in a share group every consumer gets "
                        + "records from the one partition (a consumer group would give it to one member only)")
                .hasSize(CONSUMERS)
                .allSatisfy((worker, count) -> assertThat(count).isPositive());
        assertThat(memberNames).as("the share group's members as the broker lists them (kafka-share-groups.sh "
                + "--describe --members): each consumer's client.id is the setup's name, so that whoever looks at the "
                + "group sees which worker holds what").containsExactly("worker-1", "worker-2", "worker-3");
        assertThat(deliveries.heldTwice()).as("jobs held by two consumers at the same moment").isEmpty();
        assertThat(report.exactlyOnce()).as("every job processed exactly once when every consumer accepts: %s",
                report).isTrue();
    }
}
