package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.FetchSettings;
import dev.kafkalabs.lab05.PollMeter;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Lab 5.7 - fetch tuning. {@code max.poll.records} caps how many records one {@code poll()} returns;
 * {@code fetch.min.bytes} makes the broker hold a fetch until that much data is there, but never longer
 * than {@code fetch.max.wait.ms}. Bigger batches, fewer requests - and records that wait longer.
 */
public final class FetchTuning implements FetchSettings {

    static final String USAGE = "FetchTuning [--records N] [--samples N]";

    private final int maxPollRecords;
    private final int fetchMinBytes;
    private final int fetchMaxWaitMs;

    public FetchTuning(int maxPollRecords, int fetchMinBytes, int fetchMaxWaitMs) {
        this.maxPollRecords = maxPollRecords;
        this.fetchMinBytes = fetchMinBytes;
        this.fetchMaxWaitMs = fetchMaxWaitMs;
    }

    @Override
    public Properties applyTo(Properties consumerProperties) {
        Properties props = new Properties();
        props.putAll(consumerProperties);
        tune(props);
        return props;
    }

    private void tune(Properties props) {
        throw new UnsupportedOperationException("Lab 5.7: put maxPollRecords, fetchMinBytes and fetchMaxWaitMs into props under "
                + "the ConsumerConfig constants - see lab05-seek-offsets/README.md section 5.7");
    }

    @Override
    public String toString() {
        return String.format("max.poll.records=%d fetch.min.bytes=%d fetch.max.wait.ms=%d",
                maxPollRecords, fetchMinBytes, fetchMaxWaitMs);
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("records", "samples"), List.of());
        int records = (int) args.positive("records", 2000, 1);
        int samples = (int) args.positive("samples", 3, 1);

        String topic = DemoData.freshTopic("lab05-fetch", 1);
        DemoData.fill(topic, 0, "a-record-of-about-fifty-bytes-of-payload", records);
        System.out.printf("Wrote %d records to %s.%n%n", records, topic);
        List<FetchTuning> batchTunings = List.of(
                new FetchTuning(500, 1, 500),
                new FetchTuning(50, 1, 500),
                new FetchTuning(5, 1, 500));
        System.out.printf("Reading all %d records from the beginning (the broker has plenty ready):%n", records);
        Table batches = new Table("settings", "polls", "largest batch", "average batch");
        for (FetchTuning tuning : batchTunings) {
            List<Integer> sizes = PollMeter.batchSizes(tuning.applyTo(KafkaBootstrap.clientProperties()), topic, records);
            batches.row(tuning, sizes.size(), sizes.stream().mapToInt(Integer::intValue).max().orElse(0),
                    String.format(Locale.ROOT, "%.1f", sizes.stream().mapToInt(Integer::intValue).average().orElse(0)));
        }
        batches.print();

        List<FetchTuning> waitTunings = List.of(
                new FetchTuning(500, 1, 500),
                new FetchTuning(500, 64 * 1024, 500),
                new FetchTuning(500, 64 * 1024, 1500));
        System.out.printf("%nOne small record at a time on a caught-up consumer (%d samples each):%n", samples);
        Table delays = new Table("settings", "send -> poll, min ms", "average ms", "max ms");
        try (Producer<String, String> producer = DemoData.producer()) {
            for (FetchTuning tuning : waitTunings) {
                LongSummaryStatistics delay = PollMeter.deliveryDelays(
                        tuning.applyTo(KafkaBootstrap.clientProperties()), producer, topic, samples)
                        .stream().mapToLong(Long::longValue).summaryStatistics();
                delays.row(tuning, delay.getMin(), String.format(Locale.ROOT, "%.0f", delay.getAverage()), delay.getMax());
            }
        }
        delays.print();
        System.out.println("\nfetch.min.bytes that a trickle never fills makes every record wait fetch.max.wait.ms.");
    }
}
