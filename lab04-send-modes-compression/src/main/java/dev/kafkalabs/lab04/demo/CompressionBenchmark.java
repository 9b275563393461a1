package dev.kafkalabs.lab04.demo;

import dev.kafkalabs.lab04.Codec;
import dev.kafkalabs.lab04.CompressingProducers;
import dev.kafkalabs.lab04.Payloads;
import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import dev.kafkalabs.lab04.solution.AsyncMode;
import dev.kafkalabs.lab04.solution.CompressedProducers;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.knowm.xchart.CategoryChart;

/**
 * Lab 4.2's program, {@code ./labs run 4.2}: every codec on realistic clickstream JSON and on
 * incompressible random bytes of the same lengths, through the variant's compressing producers (and the
 * variant's async send mode from 4.1). Per run: producer throughput, the compression ratio measured twice
 * (the producer's {@code compression-rate-avg} and the bytes the broker stores), and consumer throughput
 * (fetch plus decompression).
 *
 * <p>The method is 4.1's: warm up until the rates settle, then rounds that run every configuration once,
 * each for about {@code --seconds}, in an order reversed every round; each codec is compared with
 * {@code none} on the same payload pair by pair (same round). See {@link Statistics}.
 */
public final class CompressionBenchmark {

    public static final String USAGE = "CompressionBenchmark [--seconds S] [--rounds R] [--csv FILE]";
    private static final List<String> PAYLOAD_KINDS = List.of("json", "random");
    private static final int DISTINCT_EVENTS = 100_000;
    private static final int FIRST_WARM_UP_RECORDS = 10_000;
    private static final int SETTLE_WINDOW = 2;
    private static final double SETTLE_TOLERANCE = 0.15;
    private static final int MAX_WARM_UP_PASSES = 3;

    record Options(int seconds, int rounds, Path csv) {

        static Options parse(String[] argv) {
            Args args = Args.parse(argv, USAGE, List.of("seconds", "rounds", "csv"), List.of());
            int seconds = (int) Math.min(args.positive("seconds", 1, 1), 60);
            int rounds = (int) Math.min(args.positive("rounds", 6, 1), 1000);
            Path csv = Path.of(args.value("csv", "target/benchmarks/lab04-compression.csv"));
            return new Options(seconds, rounds, csv);
        }
    }

    /** One codec on one payload kind. */
    record Config(String kind, Codec codec) {

        String label() {
            return kind + " " + codec.configValue();
        }
    }

    /** One run of a configuration. */
    record Run(int round, Config config, int records, long valueBytes, double produceSeconds, double produceCpuSeconds,
               double compressionRate, long storedBytes, double consumeSeconds) {

        double produceRate() {
            return records / produceSeconds;
        }

        /** Records produced per CPU-second of this JVM: what compressing costs, whatever else the machine does. */
        double produceCpuRate() {
            return records / produceCpuSeconds;
        }

        double consumeRate() {
            return records / consumeSeconds;
        }

        /** Stored bytes per byte of record values: the smaller, the better the codec did. */
        double storedPerValueByte() {
            return (double) storedBytes / valueBytes;
        }
    }

    private final Options options;
    private final CompressingProducers producers;
    private final SendMode async;
    private final Map<String, Payloads> payloads = new LinkedHashMap<>();
    private final List<Config> configs = new ArrayList<>();
    private final Map<Config, Integer> records = new LinkedHashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private BenchTopics topics;
    private int step;

    private CompressionBenchmark(Options options) {
        this.options = options;
        Variant variant = Variant.current();
        this.producers = variant.instantiate(CompressingProducers.class, CompressedProducers.class);
        this.async = variant.instantiate(SendMode.class, AsyncMode.class);
        Payloads json = Payloads.clickstreamJson(DISTINCT_EVENTS, 7);
        payloads.put("json", json);
        payloads.put("random", Payloads.randomBytesShapedLike(json, 11));
        // Within a payload, none in the middle: every codec is compared with it, and rounds keep it near.
        for (String kind : PAYLOAD_KINDS) {
            for (Codec codec : List.of(Codec.GZIP, Codec.SNAPPY, Codec.NONE, Codec.LZ4, Codec.ZSTD)) {
                configs.add(new Config(kind, codec));
            }
        }
    }

    public static void main(String[] argv) throws Exception {
        new CompressionBenchmark(Options.parse(argv)).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Payloads json = payloads.get("json");
        long jsonBytes = json.totalBytes(json.distinct());
        System.out.println("Lab 4.2 - compression benchmark (" + Variant.current() + ")");
        System.out.printf("Broker %s | clickstream JSON (%,d distinct events, %.0f bytes on average) and random bytes "
                        + "of the same lengths | every codec | %d rounds, about %d s per run%n",
                KafkaBootstrap.servers(), json.distinct(), (double) jsonBytes / json.distinct(), options.rounds(),
                options.seconds());
        System.out.printf("Producer: acks=all, linger.ms=5, batch.size=16384 (client defaults), records sent by the "
                + "async mode of 4.1. Consumer: client defaults. Load average %.1f on %d CPU(s).%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties()); BenchTopics benchTopics = new BenchTopics(admin)) {
            topics = benchTopics;
            warmUp();
            for (int round = 1; round <= options.rounds(); round++) {
                for (Config config : Statistics.roundOrder(configs, round - 1)) {
                    Run run = measure(round, config, records.get(config));
                    runs.add(run);
                    progress("round " + round + "/" + options.rounds(), run);
                    // The next run of this configuration lasts about --seconds, from its median rate so far.
                    records.put(config, recordsFor(Statistics.median(runsOf(config).stream().map(Run::produceRate)
                            .toList())));
                }
            }
        }
        report((System.nanoTime() - start) / 1e9);
    }

    /** Every configuration in turn until each one's rate has settled; then sizes the runs to {@code --seconds}. */
    private void warmUp() throws Exception {
        System.out.printf("%nWarm-up (not measured): every configuration in turn until the last %d produce rates of "
                + "each lie within %.0f%% of their median.%n", SETTLE_WINDOW, SETTLE_TOLERANCE * 100);
        Map<Config, List<Double>> rates = new LinkedHashMap<>();
        configs.forEach(config -> records.put(config, FIRST_WARM_UP_RECORDS));
        for (int pass = 1; pass <= MAX_WARM_UP_PASSES; pass++) {
            for (Config config : Statistics.roundOrder(configs, pass - 1)) {
                Run run = measure(0, config, records.get(config));
                rates.computeIfAbsent(config, key -> new ArrayList<>()).add(run.produceRate());
                records.put(config, recordsFor(run.produceRate()));
                progress("warm-up " + pass, run);
            }
            if (rates.values().stream().allMatch(list -> Statistics.settled(list, SETTLE_WINDOW, SETTLE_TOLERANCE))) {
                System.out.println("  settled");
                break;
            }
        }
        configs.forEach(config -> {
            List<Double> list = rates.get(config);
            records.put(config, recordsFor(Statistics.median(list.subList(Math.max(0, list.size() - SETTLE_WINDOW),
                    list.size()))));
        });
        System.out.println();
    }

    private int recordsFor(double recordsPerSecond) {
        return (int) Math.max(2_000, Math.min(10_000_000, recordsPerSecond * options.seconds()));
    }

    /** One run on a fresh topic, deleted afterwards: produce, read the ratio and the stored bytes, consume. */
    private Run measure(int round, Config config, int count) throws Exception {
        String topic = topics.create("lab04-compression-" + config.kind() + "-" + config.codec().configValue());
        Payloads values = payloads.get(config.kind());
        long valueBytes = values.totalBytes(count);
        double compressionRate;
        long elapsed;
        double cpuBefore = ProcessCpu.seconds();
        try (Producer<byte[], byte[]> producer = producers.create(producerSettings(config.codec()), config.codec())) {
            SendOutcomes outcomes = new SendOutcomes();
            long start = System.nanoTime();
            async.sendAll(producer, new SendJob(topic, values, count), outcomes);
            producer.flush();
            long flushed = System.nanoTime();
            compressionRate = producers.compressionRate(producer);
            long closing = System.nanoTime();
            producer.close();
            elapsed = flushed - start + System.nanoTime() - closing;
            if (outcomes.storedCount() != count) {
                throw new IllegalStateException(config.label() + ": " + outcomes.storedCount() + " of " + count
                        + " records reported stored; first error: " + outcomes.firstFailure().orElse(null));
            }
        }
        double cpuSeconds = ProcessCpu.seconds() - cpuBefore;
        long storedBytes = topics.storedBytes(topic);
        double consumeSeconds = consume(topic, count, valueBytes) / 1e9;
        topics.delete(topic);
        return new Run(round, config, count, valueBytes, elapsed / 1e9, cpuSeconds, compressionRate, storedBytes,
                consumeSeconds);
    }

    private void progress(String label, Run run) {
        step++;
        System.out.printf("[%3d] %-10s %-14s %,9d records  produce %5.2f s %,10.0f rec/s  consume %5.2f s  "
                        + "compression-rate-avg %.3f  stored %,7.2f MiB%n", step, label, run.config().label(),
                run.records(), run.produceSeconds(), run.produceRate(), run.consumeSeconds(), run.compressionRate(),
                run.storedBytes() / 1048576.0);
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
            // Not Waiting.until: the consumer must keep polling, and the time it takes is what this measures.
            long deadline = start + Waiting.PATIENCE.toNanos();
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

    /** The configurations by payload, then in {@link Codec}'s order. */
    private static List<Config> tableOrder() {
        List<Config> order = new ArrayList<>();
        for (String kind : PAYLOAD_KINDS) {
            for (Codec codec : Codec.values()) {
                order.add(new Config(kind, codec));
            }
        }
        return order;
    }

    private List<Run> runsOf(Config config) {
        return runs.stream().filter(run -> run.config().equals(config)).toList();
    }

    private Statistics.Comparison compare(Config config, java.util.function.ToDoubleFunction<Run> rate, String what) {
        Config none = new Config(config.kind(), Codec.NONE);
        return Statistics.compare(config.label() + " " + what, "none",
                runsOf(config).stream().map(run -> rate.applyAsDouble(run)).toList(),
                runsOf(none).stream().map(run -> rate.applyAsDouble(run)).toList());
    }

    private void report(double elapsedSeconds) throws Exception {
        TextTable table = new TextTable("payload", "codec", "ratio (metric)", "ratio (stored)", "produce rec/s",
                "produce vs none", "produce per CPU-s vs none", "consume rec/s", "consume vs none");
        List<Statistics.Comparison> verdicts = new ArrayList<>();
        for (Config config : tableOrder()) {
            List<Run> of = runsOf(config);
            double rate = Statistics.median(of.stream().map(Run::compressionRate).toList());
            double storedPerByte = Statistics.median(of.stream().map(Run::storedPerValueByte).toList());
            double nonePerByte = Statistics.median(runsOf(new Config(config.kind(), Codec.NONE)).stream()
                    .map(Run::storedPerValueByte).toList());
            String produceVsNone = "-";
            String produceCpuVsNone = "-";
            String consumeVsNone = "-";
            if (config.codec() != Codec.NONE) {
                Statistics.Comparison produce = compare(config, Run::produceRate, "produce");
                Statistics.Comparison consume = compare(config, Run::consumeRate, "consume");
                verdicts.add(produce);
                verdicts.add(consume);
                produceVsNone = shortVerdict(produce);
                produceCpuVsNone = shortVerdict(compare(config, Run::produceCpuRate, "produce per CPU-s"));
                consumeVsNone = shortVerdict(consume);
            }
            table.row(config.kind(), config.codec().configValue(), String.format("%.2f", 1 / rate),
                    String.format("%.2f", nonePerByte / storedPerByte),
                    String.format("%,.0f", Statistics.median(of.stream().map(Run::produceRate).toList())), produceVsNone,
                    produceCpuVsNone,
                    String.format("%,.0f", Statistics.median(of.stream().map(Run::consumeRate).toList())), consumeVsNone);
        }
        System.out.println();
        System.out.println("Medians over the rounds. Ratio = uncompressed / compressed: (metric) 1 / compression-rate-avg, "
                + "(stored) stored bytes per value byte without compression / with the codec. vs none: median of the "
                + "pair ratios codec / none (same payload, same round); '~' = within noise.");
        System.out.print(table.render());
        System.out.printf("%nPair by pair (the interval holds the true median ratio with at least %.0f%% confidence; "
                + "a difference counts only when it excludes 1):%n", Statistics.CONFIDENCE * 100);
        verdicts.forEach(verdict -> System.out.println("  " + verdict.verdict()));

        CsvFile csv = new CsvFile("round", "payload", "codec", "records", "value_bytes", "produce_seconds",
                "produce_records_per_sec", "produce_cpu_seconds", "compression_rate_avg", "stored_bytes", "consume_seconds",
                "consume_records_per_sec");
        for (Run run : runs) {
            csv.row(run.round(), run.config().kind(), run.config().codec().configValue(), run.records(),
                    run.valueBytes(), run.produceSeconds(), run.produceRate(), run.produceCpuSeconds(),
                    run.compressionRate(), run.storedBytes(),
                    run.consumeSeconds(), run.consumeRate());
        }
        Path csvFile = options.csv().toAbsolutePath();
        csv.writeTo(csvFile);
        Path chartFile = csvFile.resolveSibling(csvFile.getFileName().toString().replaceFirst("\\.csv$", "") + ".png");
        BarCharts.savePng(charts(), chartFile);
        System.out.printf("Every run: %s%nChart:     %s%nTook %.0f s.%n", csvFile, chartFile, elapsedSeconds);
    }

    private static String shortVerdict(Statistics.Comparison comparison) {
        return String.format("%.2f%s", comparison.median(), comparison.isReal() ? "" : " ~");
    }

    private List<CategoryChart> charts() {
        Map<String, List<Double>> stored = new LinkedHashMap<>();
        Map<String, List<Double>> produce = new LinkedHashMap<>();
        Map<String, List<Double>> consume = new LinkedHashMap<>();
        for (Config config : tableOrder()) {
            if (config.codec() == Codec.NONE) {
                continue;
            }
            List<Run> none = runsOf(new Config(config.kind(), Codec.NONE));
            List<Run> of = runsOf(config);
            stored.put(config.label(), pairs(none, of, (n, c) -> n.storedPerValueByte() / c.storedPerValueByte()));
            produce.put(config.label(), pairs(of, none, (c, n) -> c.produceRate() / n.produceRate()));
            consume.put(config.label(), pairs(of, none, (c, n) -> c.consumeRate() / n.consumeRate()));
        }
        return List.of(
                BarCharts.chart("Compression ratio (stored, none / codec)", "ratio", BarCharts.bars(stored), false, "0.0"),
                BarCharts.chart("Produce rec/s, codec / none (log scale)", "ratio", BarCharts.bars(produce), true, "0.0#"),
                BarCharts.chart("Consume rec/s, codec / none (log scale)", "ratio", BarCharts.bars(consume), true, "0.0#"));
    }

    private static List<Double> pairs(List<Run> a, List<Run> b, java.util.function.ToDoubleBiFunction<Run, Run> ratio) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            values.add(ratio.applyAsDouble(a.get(i), b.get(i)));
        }
        return values;
    }
}
