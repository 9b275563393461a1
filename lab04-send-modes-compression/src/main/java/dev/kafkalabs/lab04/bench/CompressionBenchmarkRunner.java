package dev.kafkalabs.lab04.bench;

import dev.kafkalabs.lab04.Codec;
import dev.kafkalabs.lab04.CompressingProducers;
import dev.kafkalabs.lab04.DeliveryLedger;
import dev.kafkalabs.lab04.Payloads;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.knowm.xchart.CategoryChart;

/**
 * The lab 4.2 benchmark: every codec on realistic clickstream JSON and on incompressible random bytes
 * of the same lengths. Per codec: producer throughput, the compression ratio measured twice (the
 * producer's {@code compression-rate-avg} and the bytes the broker stores), and consumer throughput
 * (fetch plus decompression). Prints a table, writes a CSV file and a PNG chart.
 */
public final class CompressionBenchmarkRunner {

    public static final String USAGE = "CompressionBenchmark [--records N] [--runs R] [--csv FILE]";
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CONSUME_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> PAYLOAD_KINDS = List.of("json", "random");

    record Options(int records, int runs, Path csv) {

        static Options parse(String[] argv) {
            Args args = Args.parse(argv, USAGE, List.of("records", "runs", "csv"), List.of());
            int records = (int) Math.min(args.positive("records", 300_000, 1), 10_000_000);
            int runs = (int) Math.min(args.positive("runs", 3, 1), 100);
            Path csv = Path.of(args.value("csv", "target/benchmarks/lab04-compression.csv"));
            return new Options(records, runs, csv);
        }
    }

    /** One codec on one payload kind in one round. */
    record Measurement(double produceSeconds, double compressionRate, long storedBytes, double consumeSeconds) {
    }

    /** One line of the results, over the measured rounds. */
    record Result(String payload, Codec codec, int records, long valueBytes, double compressionRate,
                  long storedBytes, double storedRatio, double produceRecordsPerSecond,
                  double consumeRecordsPerSecond) {

        double produceMegabytesPerSecond() {
            return produceRecordsPerSecond * valueBytes / records / (1024.0 * 1024.0);
        }

        double consumeMegabytesPerSecond() {
            return consumeRecordsPerSecond * valueBytes / records / (1024.0 * 1024.0);
        }

        double metricRatio() {
            return 1 / compressionRate;
        }
    }

    private final Options options;
    private final CompressingProducers producers;
    private final Map<String, Payloads> payloads = new LinkedHashMap<>();
    private int step;
    private int steps;

    private CompressionBenchmarkRunner(Options options, CompressingProducers producers) {
        this.options = options;
        this.producers = producers;
        Payloads json = Payloads.clickstreamJson(options.records(), 7);
        payloads.put("json", json);
        payloads.put("random", Payloads.randomBytesShapedLike(json, 11));
    }

    /** Runs the benchmark with {@code producers} making the compressing producers. */
    public static void run(String[] argv, CompressingProducers producers) throws Exception {
        new CompressionBenchmarkRunner(Options.parse(argv), producers).run();
    }

    private void run() throws Exception {
        Codec[] codecs = Codec.values();
        long jsonBytes = payloads.get("json").totalBytes(options.records());
        System.out.println("Lab 4.2 - compression benchmark");
        System.out.printf("Broker %s | %,d records per codec and payload (JSON: %,.1f MiB, %.0f bytes on average; "
                        + "random bytes of the same lengths) | %d measured round(s)%n", KafkaBootstrap.servers(),
                options.records(), jsonBytes / 1048576.0, (double) jsonBytes / options.records(), options.runs());
        System.out.println("Producer: acks=all, linger.ms=5, batch.size=16384 (client defaults). "
                + "Consumer: client defaults.");
        steps = codecs.length + options.runs() * PAYLOAD_KINDS.size() * codecs.length;
        Map<String, List<Measurement>> measured = new LinkedHashMap<>();
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties()); BenchTopics topics = new BenchTopics(admin)) {
            // As many records as a measured run: with 100,000 the first measured round was still slower.
            int warmUpRecords = options.records();
            System.out.printf("Warm-up: every codec once with %,d JSON records (not measured).%n%n", warmUpRecords);
            for (Codec codec : codecs) {
                measure(topics, "warm-up", "json", codec, warmUpRecords);
            }
            for (int round = 1; round <= options.runs(); round++) {
                for (String kind : PAYLOAD_KINDS) {
                    for (Codec codec : codecs) {
                        measured.computeIfAbsent(kind + "\t" + codec, key -> new ArrayList<>()).add(measure(topics,
                                "round " + round + "/" + options.runs(), kind, codec, options.records()));
                    }
                }
            }
        }
        report(results(measured));
    }

    private Measurement measure(BenchTopics topics, String label, String kind, Codec codec, int records)
            throws Exception {
        String topic = topics.create("lab04-compression-" + kind + "-" + codec.configValue());
        Payloads values = payloads.get(kind);
        double compressionRate;
        long produceNanos;
        long start = System.nanoTime();
        try (Producer<byte[], byte[]> producer = producers.create(producerSettings(codec), codec)) {
            DeliveryLedger ledger = new DeliveryLedger(records);
            Callback callback = new LedgerCallback(ledger);
            for (int i = 0; i < records; i++) {
                ledger.sending();
                producer.send(new ProducerRecord<>(topic, values.get(i)), callback);
            }
            producer.flush();
            if (!ledger.awaitAnswers(ANSWER_TIMEOUT) || ledger.failedCount() > 0) {
                throw new IllegalStateException(codec + ": " + ledger.acknowledgedCount() + " of " + records
                        + " records acknowledged; first error: " + ledger.firstFailure().orElse(null));
            }
            produceNanos = System.nanoTime() - start;
            compressionRate = producers.compressionRate(producer);
        }
        double produceSeconds = produceNanos / 1e9;
        long storedBytes = topics.storedBytes(topic);
        double consumeSeconds = consume(topic, records, values.totalBytes(records)) / 1e9;
        step++;
        System.out.printf("[%2d/%d] %-10s %-6s %-6s %,9d records  produce %6.2f s  consume %6.2f s  "
                        + "compression-rate-avg %.3f  stored %,.2f MiB%n", step, steps, label, kind,
                codec.configValue(), records, produceSeconds, consumeSeconds, compressionRate, storedBytes / 1048576.0);
        return new Measurement(produceSeconds, compressionRate, storedBytes, consumeSeconds);
    }

    private static Properties producerSettings(Codec codec) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "lab04-compression-" + codec.configValue());
        return props;
    }

    /** Reads the topic from the start until {@code records} records arrived; returns the nanoseconds it took. */
    private static long consume(String topic, int records, long expectedBytes) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "lab04-compression-reader");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long start = System.nanoTime();
            long deadline = start + CONSUME_TIMEOUT.toNanos();
            int count = 0;
            long bytes = 0;
            while (count < records && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    count++;
                    bytes += record.value().length;
                }
            }
            long elapsed = System.nanoTime() - start;
            if (count != records || bytes != expectedBytes) {
                throw new IllegalStateException("Read back " + count + " records (" + bytes + " bytes) of " + topic
                        + ", expected " + records + " (" + expectedBytes + " bytes)");
            }
            return elapsed;
        }
    }

    private List<Result> results(Map<String, List<Measurement>> measured) {
        List<Result> results = new ArrayList<>();
        for (String kind : PAYLOAD_KINDS) {
            long valueBytes = payloads.get(kind).totalBytes(options.records());
            double storedWithoutCompression = Statistics.median(measured.get(kind + "\t" + Codec.NONE).stream()
                    .mapToDouble(Measurement::storedBytes).toArray());
            for (Codec codec : Codec.values()) {
                List<Measurement> runs = measured.get(kind + "\t" + codec);
                double stored = Statistics.median(runs.stream().mapToDouble(Measurement::storedBytes).toArray());
                results.add(new Result(kind, codec, options.records(), valueBytes,
                        Statistics.median(runs.stream().mapToDouble(Measurement::compressionRate).toArray()),
                        (long) stored, storedWithoutCompression / stored,
                        Statistics.median(runs.stream().mapToDouble(run -> options.records() / run.produceSeconds())
                                .toArray()),
                        Statistics.median(runs.stream().mapToDouble(run -> options.records() / run.consumeSeconds())
                                .toArray())));
            }
        }
        return results;
    }

    private void report(List<Result> results) throws Exception {
        TextTable table = new TextTable("payload", "codec", "ratio (metric)", "ratio (stored)", "stored MiB",
                "produce rec/s", "produce MB/s", "consume rec/s", "consume MB/s");
        CsvFile csv = new CsvFile("payload", "codec", "records", "value_bytes", "compression_rate_avg",
                "ratio_metric", "stored_bytes", "ratio_stored", "produce_records_per_sec", "produce_mb_per_sec",
                "consume_records_per_sec", "consume_mb_per_sec");
        for (Result result : results) {
            table.row(result.payload(), result.codec().configValue(), String.format("%.2f", result.metricRatio()),
                    String.format("%.2f", result.storedRatio()), String.format("%,.2f", result.storedBytes() / 1048576.0),
                    String.format("%,.0f", result.produceRecordsPerSecond()),
                    String.format("%.1f", result.produceMegabytesPerSecond()),
                    String.format("%,.0f", result.consumeRecordsPerSecond()),
                    String.format("%.1f", result.consumeMegabytesPerSecond()));
            csv.row(result.payload(), result.codec().configValue(), result.records(), result.valueBytes(),
                    result.compressionRate(), result.metricRatio(), result.storedBytes(), result.storedRatio(),
                    result.produceRecordsPerSecond(), result.produceMegabytesPerSecond(),
                    result.consumeRecordsPerSecond(), result.consumeMegabytesPerSecond());
        }
        System.out.println();
        System.out.println("Ratio = uncompressed / compressed: (metric) 1 / compression-rate-avg, (stored) the bytes "
                + "the broker keeps without compression / with it. MB = 2^20 bytes of record values (uncompressed).");
        System.out.println("Medians of the measured rounds.");
        System.out.print(table.render());

        Path csvFile = options.csv().toAbsolutePath();
        csv.writeTo(csvFile);
        Path chartFile = csvFile.resolveSibling(csvFile.getFileName().toString().replaceFirst("\\.csv$", "") + ".png");
        BarCharts.savePng(charts(results), chartFile);
        System.out.printf("CSV:   %s%nChart: %s%n", csvFile, chartFile);
    }

    private static List<CategoryChart> charts(List<Result> results) {
        List<String> codecs = Arrays.stream(Codec.values()).map(Codec::configValue).toList();
        return List.of(
                BarCharts.chart("Compression ratio (stored bytes)", "none / codec", codecs,
                        byPayload(results, Result::storedRatio), false, "0.0"),
                BarCharts.chart("Producer throughput", "MB/s (uncompressed)", codecs,
                        byPayload(results, Result::produceMegabytesPerSecond), false, "0"),
                BarCharts.chart("Consumer throughput", "MB/s (uncompressed)", codecs,
                        byPayload(results, Result::consumeMegabytesPerSecond), false, "0"));
    }

    private static Map<String, List<Double>> byPayload(List<Result> results,
                                                       ToDoubleFunction<Result> value) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String kind : PAYLOAD_KINDS) {
            series.put(kind.equals("json") ? "clickstream JSON" : "random bytes",
                    results.stream().filter(result -> result.payload().equals(kind)).map(value::applyAsDouble).toList());
        }
        return series;
    }

    /** One callback for every record of a run. */
    private static final class LedgerCallback implements Callback {

        private final DeliveryLedger ledger;

        LedgerCallback(DeliveryLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception == null) {
                ledger.acknowledged();
            } else {
                ledger.failed(exception);
            }
        }
    }
}
