package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.FetchSettings;
import dev.kafkalabs.lab05.PollMeter;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.solution.FetchTuning;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import org.apache.kafka.clients.producer.Producer;

/**
 * Runs Lab 5.7 ({@code ./labs run 5.7}): reads the same records with several {@link FetchTuning}s (the
 * starter's or the solution's) and prints the batch sizes, then the delay of single records on a
 * caught-up consumer.
 */
public final class FetchTuningDemo {

    static final String USAGE = "FetchTuningDemo [--records N] [--samples N]";

    private FetchTuningDemo() {
    }

    /** One row of a table: the limits, and the tuning built from them. */
    private record Tuning(int recordsPerPoll, int minFetchBytes, int maxFetchWaitMs) {

        FetchSettings settings() {
            return Variant.current().instantiate(FetchSettings.class, FetchTuning.class,
                    recordsPerPoll, minFetchBytes, maxFetchWaitMs);
        }

        @Override
        public String toString() {
            return String.format("at most %d records/poll, fetch >= %d bytes or %d ms",
                    recordsPerPoll, minFetchBytes, maxFetchWaitMs);
        }
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("records", "samples"), List.of());
        int records = (int) args.positive("records", 2000, 1);
        int samples = (int) args.positive("samples", 3, 1);

        String topic = Topics.createUnique("lab05-fetch", 1);
        DemoData.fill(topic, 0, "a-record-of-about-fifty-bytes-of-payload", records);
        System.out.printf("Wrote %d records to %s.%n%n", records, topic);

        System.out.printf("Reading all %d records from the beginning (the broker has plenty ready):%n", records);
        Table batches = new Table("settings", "polls", "largest batch", "average batch");
        for (Tuning tuning : List.of(new Tuning(500, 1, 500), new Tuning(50, 1, 500), new Tuning(5, 1, 500))) {
            List<Integer> sizes = PollMeter.batchSizes(tuning.settings().applyTo(KafkaBootstrap.clientProperties()),
                    topic, records);
            batches.row(tuning, sizes.size(), sizes.stream().mapToInt(Integer::intValue).max().orElse(0),
                    String.format(Locale.ROOT, "%.1f", sizes.stream().mapToInt(Integer::intValue).average().orElse(0)));
        }
        batches.print();

        System.out.printf("%nOne small record at a time on a caught-up consumer (%d samples each):%n", samples);
        Table delays = new Table("settings", "send -> poll, min ms", "average ms", "max ms");
        try (Producer<String, String> producer = DemoData.producer()) {
            for (Tuning tuning : List.of(new Tuning(500, 1, 500), new Tuning(500, 64 * 1024, 500),
                    new Tuning(500, 64 * 1024, 1500))) {
                LongSummaryStatistics delay = PollMeter.deliveryDelays(
                        tuning.settings().applyTo(KafkaBootstrap.clientProperties()), producer, topic, samples)
                        .stream().mapToLong(Long::longValue).summaryStatistics();
                delays.row(tuning, delay.getMin(), String.format(Locale.ROOT, "%.0f", delay.getAverage()), delay.getMax());
            }
        }
        delays.print();
        System.out.println("\nA minimum fetch size that a trickle never fills makes every record wait the maximum wait.");
    }
}
