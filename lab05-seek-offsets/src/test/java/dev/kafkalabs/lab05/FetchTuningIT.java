package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.demo.FetchTuningDemo;
import dev.kafkalabs.lab05.solution.FetchTuning;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

@ExerciseCheck("5.7")
class FetchTuningIT {

    private static final int RECORDS = 300;
    private static final int MAX_POLL_RECORDS = 7;

    @Test
    void noPollReturnsMoreThanMaxPollRecords(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-fetch", 1);
        DemoData.fill(topic, 0, "record", RECORDS);
        FetchSettings tuning = Variant.current().instantiate(FetchSettings.class, FetchTuning.class,
                MAX_POLL_RECORDS, 1, 100);

        List<Integer> sizes = PollMeter.batchSizes(tuning.applyTo(kafka.clientProperties()), topic, RECORDS);

        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).as("records read in all polls").isEqualTo(RECORDS);
        assertThat(sizes).as("records per non-empty poll for a tuning of at most %d records per poll: max.poll.records"
                        + " caps how many records one poll() returns (fetch.min.bytes counts bytes the broker waits for,"
                        + " not records)", MAX_POLL_RECORDS)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(MAX_POLL_RECORDS))
                .contains(MAX_POLL_RECORDS);
    }

    @Test
    void theTuningSetsAllThreeSettingsAndKeepsTheRest(TestKafka kafka) {
        Properties base = kafka.clientProperties();
        base.put(ConsumerConfig.CLIENT_ID_CONFIG, "keep-me");
        FetchSettings tuning = Variant.current().instantiate(FetchSettings.class, FetchTuning.class, 50, 2048, 300);

        Properties tuned = tuning.applyTo(base);

        assertThat(String.valueOf(tuned.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)))
                .as("max.poll.records for at most 50 records per poll: max.poll.records caps how many records one poll()"
                        + " returns").isEqualTo("50");
        assertThat(String.valueOf(tuned.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG)))
                .as("fetch.min.bytes for fetches of at least 2048 bytes: without it fetch.max.wait.ms alone delays"
                        + " nothing").isEqualTo("2048");
        assertThat(String.valueOf(tuned.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)))
                .as("fetch.max.wait.ms for a wait of at most 300 ms").isEqualTo("300");
        assertThat(tuned.get(ConsumerConfig.CLIENT_ID_CONFIG)).as("a setting the tuning does not touch").isEqualTo("keep-me");
    }

    @Test
    void aFetchMinBytesThatATrickleNeverFillsMakesARecordWaitForFetchMaxWait(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-fetch-wait", 1);
        DemoData.fill(topic, 0, "already-there", 1);
        FetchSettings tuning = Variant.current().instantiate(FetchSettings.class, FetchTuning.class, 500, 64 * 1024, 1000);

        List<Long> delays;
        try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
            delays = PollMeter.deliveryDelays(tuning.applyTo(kafka.clientProperties()), producer, topic, 1);
        }

        assertThat(delays).as("ms from sending one small record to polling it, with fetch.min.bytes=64 KiB and"
                        + " fetch.max.wait.ms=1000: the broker holds the fetch until the wait is over - fetch.max.wait.ms"
                        + " alone delays nothing, the broker answers as soon as fetch.min.bytes (default 1) are ready")
                .singleElement().satisfies(delay -> assertThat(delay).isGreaterThanOrEqualTo(500L));
    }

    @Test
    void theDemoShowsSmallerBatchesAndLongerWaits(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, FetchTuningDemo.class, "--records", "200", "--samples", "1");

        assertThat(output).as("the demo's tables")
                .containsPattern("at most 5 records/poll, fetch >= 1 bytes or 500 ms\\s+40\\s+5\\s+5.0")
                .contains("at most 500 records/poll, fetch >= 65536 bytes or 1500 ms");
    }
}
