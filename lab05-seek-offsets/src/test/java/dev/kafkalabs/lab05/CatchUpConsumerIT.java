package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.Served.Lane;
import dev.kafkalabs.lab05.solution.CatchUpConsumer;
import dev.kafkalabs.lab05.demo.CatchUpDemo;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Two partitions, each: 8 records of 1 KiB written before the reader starts; 8 is the cut. On partition 0 the
 * group processed the first 2 (it committed offset 2): offsets 2..7 are its backlog. On partition 1 it never
 * committed: its backlog is the whole log, 0..7 - the group's auto.offset.reset is Kafka's default, latest,
 * so a reader that leaves the start of such a backlog to it misses it all. Then one small live record
 * is written to partition 1 after the reader started (offset 8), and none to partition 0: the live side is
 * caught up on one partition and exactly one record behind on the other, the two edges of "caught up" (every
 * partition, and a position that has reached the end offset, the last record's offset + 1).
 *
 * <p>The group's settings make the broker hold a fetch until 4 KiB are ready, for up to 3 s: the backlog
 * (6 KiB per partition) is fetched at once, while the live records (a few bytes) take 3 s to arrive. So for
 * 3 s the live consumer's polls come back empty although live records are waiting - the moment a reader
 * that confuses "an empty poll" with "caught up" serves the backlog first.
 */
@ExerciseCheck("5.6")
class CatchUpConsumerIT {

    private static final int PARTITIONS = 2;
    /** Where each partition's backlog starts: the group's committed offset 2 on partition 0; none on partition 1. */
    private static final long[] BACKLOG_START = {2, 0};
    private static final long COMMITTED_ON_0 = 2;
    private static final long CUT = 8;
    /** Live records written to each partition after the reader started. */
    private static final int[] LIVE = {0, 1};
    private static final int ALL_LIVE = 1;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final String KIB = "x".repeat(1024);

    @Test
    void liveRecordsComeFirstThenTheBacklogFromTheCommittedOffsetToTheCut(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab05-catch-up", PARTITIONS);
        Properties groupProps = kafka.consumerProperties("lab05-catch-up");
        groupProps.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 4096);
        groupProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 3000);
        // Kafka's default: a position the group never committed is not the beginning unless the reader says so.
        groupProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        for (int partition = 0; partition < PARTITIONS; partition++) {
            DemoData.fill(topic, partition, "p" + partition + "-old-" + KIB, (int) CUT);
        }
        try (KafkaConsumer<String, String> group = Clients.consumer(groupProps)) {
            group.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(COMMITTED_ON_0)));
        }

        List<Served> served = new ArrayList<>();
        boolean backlogDone;
        try (CatchUpReader reader = Variant.current().instantiate(CatchUpReader.class, CatchUpConsumer.class,
                groupProps, topic)) {
            try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
                for (int partition = 0; partition < PARTITIONS; partition++) {
                    for (int i = 0; i < LIVE[partition]; i++) {
                        producer.send(new ProducerRecord<>(topic, partition, null, "p" + partition + "-live"))
                                .get(30, TimeUnit.SECONDS);
                    }
                }
            }
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (!(reader.backlogDone() && liveServed(served) == ALL_LIVE)
                    && System.nanoTime() < deadline) {
                served.addAll(reader.poll(Duration.ofMillis(100)));
            }
            backlogDone = reader.backlogDone();
        }

        List<Lane> lanes = served.stream().map(Served::lane).toList();
        int firstBacklog = lanes.indexOf(Lane.BACKLOG);
        assertThat(lanes.subList(0, Math.max(firstBacklog, 0)))
                .as("lanes in the order served: the live record of partition 1 was waiting, so it comes first (all: %s)%s",
                        lanes,
                        !lanes.contains(Lane.LIVE)
                                ? " - the live record written to partition 1 after the reader started (offset " + CUT
                                + ") was never served: live starts at the cut, the end offsets read at start-up (seek"
                                + " there) - seekToEnd looks the end up later, lazily at the next poll, past a record"
                                + " written in between, which then neither side reads"
                                : firstBacklog >= 0 && firstBacklog < ALL_LIVE
                                ? " - backlog was served while a live record was waiting: an empty live poll does not"
                                + " mean caught up, nor does a position at the start-up cut, nor a lag cached from an"
                                + " earlier answer, nor one partition caught up while another is not, nor a position one"
                                + " short of the end offset (the last record's offset + 1); the live side has caught up"
                                + " when it has reached the end the broker reports now, on every partition"
                                : "")
                .hasSize(ALL_LIVE)
                .containsOnly(Lane.LIVE);
        for (int partition = 0; partition < PARTITIONS; partition++) {
            assertThat(offsets(served, Lane.BACKLOG, partition))
                    .as("backlog offsets served on partition %d: from %s up to the cut %d, in order - the group "
                            + "already processed the records before its committed offset, and a partition the group "
                            + "never committed starts at the beginning of the log (its auto.offset.reset here is "
                            + "latest)", partition, partition == 0 ? "the committed offset " + COMMITTED_ON_0
                            : "the beginning (nothing committed)", CUT)
                    .containsExactlyElementsOf(LongStream.range(BACKLOG_START[partition], CUT).boxed().toList());
            assertThat(offsets(served, Lane.LIVE, partition))
                    .as("live offsets served on partition %d: the records written after the cut", partition)
                    .containsExactlyElementsOf(LongStream.range(CUT, CUT + LIVE[partition]).boxed().toList());
        }
        assertThat(backlogDone).as("backlogDone() after serving every record up to the cut (within %s)", GIVE_UP_AFTER)
                .isTrue();
    }

    private static long liveServed(List<Served> served) {
        return served.stream().filter(s -> s.lane() == Lane.LIVE).count();
    }

    @Test
    void theDemoServesEveryLiveAndEveryMissedRecord(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, CatchUpDemo.class, "--partitions", "2", "--processed", "2", "--missed", "6",
                "--live", "3", "--live-every-ms", "100", "--work-ms", "0");

        assertThat(output).as("the demo's summary table")
                .containsPattern("LIVE\\s+3\\s+3")
                .containsPattern("BACKLOG\\s+12\\s+12")
                .contains("LIVE     p0 offset   8  live-p0-0");
    }

    private static List<Long> offsets(List<Served> served, Lane lane, int partition) {
        return served.stream()
                .filter(s -> s.lane() == lane && s.record().partition() == partition)
                .map(s -> s.record().offset())
                .toList();
    }
}
