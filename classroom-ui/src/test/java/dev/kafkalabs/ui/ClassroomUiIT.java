package dev.kafkalabs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkalabs.support.junit.KafkaExtension;
import dev.kafkalabs.support.junit.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP and JSON side of ./labs ui against a real broker: what the page is sent, and when. */
@ExtendWith(KafkaExtension.class)
class ClassroomUiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aGroupsAssignmentAndLagAppearAndChangeAsConsumersJoinAndLeave(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-orders", 4);
        String group = kafka.uniqueName("ui-billing");
        produce(kafka, topic, 40);
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             EventStream page = new EventStream(ui.port())) {
            try (PollingConsumer first = new PollingConsumer(kafka.clientProperties(), group, "first", "classic", topic)) {
                awaitGroup(page, group, first, "one member owning all 4 partitions, each with lag 0 after its commit",
                        view -> {
                            assertThat(view.path("members")).hasSize(1);
                            assertThat(view.path("members").path(0).path("partitions")).hasSize(4);
                            assertThat(lags(view)).containsExactly(0L, 0L, 0L, 0L);
                            assertThat(view.path("protocol").asText()).isEqualTo("classic");
                        });
                try (PollingConsumer second = new PollingConsumer(kafka.clientProperties(), group, "second", "classic", topic)) {
                    awaitGroup(page, group, second, "two members with two partitions each after the second joined",
                            view -> {
                                assertThat(view.path("members")).hasSize(2);
                                view.path("members").forEach(member -> assertThat(member.path("partitions")).hasSize(2));
                            });
                }
                awaitGroup(page, group, first, "the first member owning all 4 partitions again after the second left",
                        view -> {
                            assertThat(view.path("members")).hasSize(1);
                            assertThat(view.path("members").path(0).path("clientId").asText()).isEqualTo("first");
                            assertThat(view.path("members").path(0).path("partitions")).hasSize(4);
                        });
            }
            produce(kafka, topic, 8);
            awaitGroup(page, group, null, "no member, and the 8 records written since the last commit as lag", view -> {
                assertThat(view.path("members")).isEmpty();
                assertThat(lags(view).stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
            });
            assertThat(page.view().path("events").findValuesAsText("text"))
                    .as("the rebalances the page listed")
                    .anySatisfy(text -> assertThat(text).contains("Rebalance of " + group, "second", "joined"))
                    .anySatisfy(text -> assertThat(text).contains("Rebalance of " + group, "second", "left"));
        }
    }

    @Test
    void aConsumerProtocolGroupShowsItsEpochAndTheBrokersAssignment(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-kip848", 2);
        String group = kafka.uniqueName("ui-kip848-group");
        produce(kafka, topic, 6);
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             EventStream page = new EventStream(ui.port());
             PollingConsumer member = new PollingConsumer(kafka.clientProperties(), group, "kip848", "consumer", topic)) {
            awaitGroup(page, group, member, "a consumer-protocol group with its epoch and both partitions at lag 0", view -> {
                assertThat(view.path("protocol").asText()).isEqualTo("consumer");
                assertThat(view.path("epoch").isInt()).as("group epoch present").isTrue();
                assertThat(view.path("members").path(0).path("partitions")).hasSize(2);
                assertThat(lags(view)).containsExactly(0L, 0L);
            });
        }
    }

    @Test
    void aShareGroupShowsItsMemberAndThePartitionItShares(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-share", 1);
        String group = kafka.uniqueName("ui-share-group");
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             EventStream page = new EventStream(ui.port());
             ShareMember member = new ShareMember(kafka.clientProperties(), group, "worker-1", topic)) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(EventStream.find(page.view().path("shareGroups"), group)
                    .path("members").findValuesAsText("clientId")).as("members of share group %s on the page", group)
                    .containsExactly("worker-1"));
            produce(kafka, topic, 5);
            await().atMost(WAIT).untilAsserted(() -> {
                member.throwIfFailed();
                JsonNode shown = EventStream.find(page.view().path("shareGroups"), group);
                assertThat(shown.path("members").path(0).path("partitions").path(0).asText())
                        .as("the member's partition; the page shows %s", shown).isEqualTo(topic + "-0");
                assertThat(shown.path("partitions").path(0).path("endOffset").asLong())
                        .as("the shared partition's end once 5 records are written; the page shows %s", shown).isEqualTo(5);
            });
        }
    }

    @Test
    void thePageIsSentAProduceAndACommitWithinASecond(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-latency", 1);
        String group = kafka.uniqueName("ui-latency-group");
        List<Long> produceLatencies = new ArrayList<>();
        List<Long> commitLatencies = new ArrayList<>();
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             EventStream page = new EventStream(ui.port());
             KafkaProducer<String, String> producer = producer(kafka);
             KafkaConsumer<String, String> committer = new KafkaConsumer<>(committerConfig(kafka, group),
                     new StringDeserializer(), new StringDeserializer())) {
            await().atMost(WAIT).until(() -> !partitionOf(page.view(), topic).isMissingNode());
            TopicPartition partition = new TopicPartition(topic, 0);
            for (int i = 1; i <= 6; i++) {
                producer.send(new ProducerRecord<>(topic, "k", "v" + i)).get(10, TimeUnit.SECONDS);
                long written = System.currentTimeMillis();
                long offset = i;
                produceLatencies.add(awaitEvent(page, written, view -> partitionOf(view, topic).path("highWatermark").asLong() >= offset));

                committer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
                long committed = System.currentTimeMillis();
                commitLatencies.add(awaitEvent(page, committed, view -> EventStream.find(view.path("groups"), group)
                        .path("partitions").path(0).path("committed").asLong(-1) >= offset));
            }
        }
        String report = "produce -> page: " + summary(produceLatencies) + "\ncommit -> page: " + summary(commitLatencies) + "\n";
        System.out.print("./labs ui update latency (read every " + ClusterWatcher.INTERVAL.toMillis() + " ms)\n" + report);
        Files.writeString(Path.of("target", "ui-latency.txt"), report);
        assertThat(max(produceLatencies)).as("slowest produce -> page event (ms); all: %s", produceLatencies).isLessThan(1000);
        assertThat(max(commitLatencies)).as("slowest commit -> page event (ms); all: %s", commitLatencies).isLessThan(1000);
    }

    @Test
    void theTailShowsRecordsPausesResumesAndSaysWhenItsTopicIsDeleted(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("ui-tail", 2);
        try (ClassroomUi ui = ClassroomUi.start(kafka.clientProperties(), 0);
             EventStream page = new EventStream(ui.port());
             KafkaProducer<String, String> producer = producer(kafka)) {
            ProducerRecord<String, String> withHeader = new ProducerRecord<>(topic, 1, "key-1", "value-1");
            withHeader.headers().add("trace", "abc".getBytes(StandardCharsets.UTF_8));
            producer.send(withHeader).get(10, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> !partitionOf(page.view(), topic).isMissingNode());

            post(ui, "/api/tail?topic=" + topic);
            await().atMost(WAIT).untilAsserted(() -> assertThat(records(page))
                    .as("records the page was sent").anySatisfy(record -> {
                        assertThat(record.path("partition").asInt()).isEqualTo(1);
                        assertThat(record.path("offset").asLong()).isZero();
                        assertThat(record.path("key").asText()).isEqualTo("key-1");
                        assertThat(record.path("value").asText()).isEqualTo("value-1");
                        assertThat(record.path("headers").path("trace").asText()).isEqualTo("abc");
                        assertThat(record.path("timestamp").asLong()).isPositive();
                    }));

            post(ui, "/api/tail/pause");
            await().atMost(WAIT).until(() -> lastTail(page).path("paused").asBoolean());
            producer.send(new ProducerRecord<>(topic, 0, "key-2", "while paused")).get(10, TimeUnit.SECONDS);
            int shown = records(page).size();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> records(page).size() == shown);

            post(ui, "/api/tail/resume");
            await().atMost(WAIT).untilAsserted(() -> assertThat(records(page)).as("records after resume")
                    .anySatisfy(record -> assertThat(record.path("value").asText()).isEqualTo("while paused")));

            kafka.admin().deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            await().atMost(WAIT).untilAsserted(() -> assertThat(lastTail(page).path("status").asText())
                    .as("what the tail says once its topic is gone").contains("Topic " + topic + " was deleted"));
            assertThat(kafka.admin().listTopics().names().get(30, TimeUnit.SECONDS))
                    .as("topics after the tail saw its topic deleted (looking must not create it again)").doesNotContain(topic);
        }
    }

    @Test
    void withoutABrokerThePageSaysSoAndRecoversWhenOneAppears(TestKafka kafka) throws Exception {
        try (PortForwarder later = PortForwarder.unopened(kafka.bootstrapServers())) {
            Properties nowhere = kafka.clientProperties();
            nowhere.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, later.address());
            try (ClassroomUi ui = ClassroomUi.start(nowhere, 0);
                 EventStream page = new EventStream(ui.port())) {
                await().atMost(WAIT).untilAsserted(() -> assertThat(page.view().path("problem").asText())
                        .as("what the page says while nothing listens").contains("No Kafka broker answers at " + later.address()));

                later.open();
                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(page.view().path("problem").isNull()).as("problem gone; view: %s", page.view()).isTrue();
                    assertThat(page.view().path("brokers")).as("brokers once one answers").isNotEmpty();
                });
            }
        }
    }

    private static void awaitGroup(EventStream page, String group, PollingConsumer consumer, String what,
                                   Consumer<JsonNode> assertion) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            if (consumer != null) {
                consumer.throwIfFailed();
            }
            JsonNode view = page.group(group);
            assertThat(view.isMissingNode()).as("group %s on the page; groups shown: %s", group,
                    page.view().path("groups").findValuesAsText("groupId")).isFalse();
            try {
                assertion.accept(view);
            } catch (AssertionError e) {
                throw new AssertionError("Expected " + what + "; the page shows " + view, e);
            }
        });
    }

    private static List<Long> lags(JsonNode group) {
        List<Long> lags = new ArrayList<>();
        group.path("partitions").forEach(partition -> lags.add(partition.path("lag").asLong()));
        return lags;
    }

    private static JsonNode partitionOf(JsonNode view, String topic) {
        for (JsonNode candidate : view.path("topics")) {
            if (candidate.path("name").asText().equals(topic)) {
                return candidate.path("partitions").path(0);
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Milliseconds from {@code since} to the first cluster event received after it that satisfies {@code shows}. */
    private static long awaitEvent(EventStream page, long since, Predicate<JsonNode> shows) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> page.named("cluster").stream()
                .filter(event -> event.receivedAt() >= since && shows.test(event.data().path("view")))
                .mapToLong(event -> event.receivedAt() - since).findFirst(), OptionalLong::isPresent).getAsLong();
    }

    private static List<JsonNode> records(EventStream page) {
        List<JsonNode> records = new ArrayList<>();
        page.named("records").forEach(event -> event.data().forEach(records::add));
        return records;
    }

    private static JsonNode lastTail(EventStream page) {
        List<EventStream.Event> tails = page.named("tail");
        return tails.get(tails.size() - 1).data();
    }

    private static void post(ClassroomUi ui, String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ui.port() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("status of POST %s", path).isEqualTo(204);
    }

    static void produce(TestKafka kafka, String topic, int count) throws Exception {
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            int partitions = kafka.admin().describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, i % partitions, "key-" + i, "value-" + i));
            }
            producer.flush();
        }
    }

    private static KafkaProducer<String, String> producer(TestKafka kafka) {
        return new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), new StringSerializer());
    }

    private static Properties committerConfig(TestKafka kafka, String group) {
        Properties config = kafka.clientProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        return config;
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return "median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1) + " ms over "
                + sorted.size() + " samples " + millis;
    }
}
