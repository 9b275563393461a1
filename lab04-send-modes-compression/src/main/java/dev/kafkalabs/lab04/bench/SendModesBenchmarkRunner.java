package dev.kafkalabs.lab04.bench;

import dev.kafkalabs.lab04.DeliveryLedger;
import dev.kafkalabs.lab04.Payloads;
import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.knowm.xchart.CategoryChart;

/**
 * The lab 4.1 benchmark: fire-and-forget, sync and async on the same records and producer settings,
 * async again at every {@code acks}, and Kafka's {@code ProducerPerformance} at our async settings -
 * all against the same broker, in rounds so that drift (page cache, GC, other load) hits every mode
 * alike. Prints a table, writes a CSV file and a PNG chart.
 */
public final class SendModesBenchmarkRunner {

    public static final String USAGE = "SendModesBenchmark [--records N] [--size BYTES] [--acks 0|1|all] "
            + "[--runs R] [--sync-records N] [--linger-ms MS] [--csv FILE]";
    /** ProducerPerformance sending our prepared payloads ({@code --payload-file}): the yardstick. */
    static final String PERF_SAME_PAYLOADS = "ProducerPerformance file";
    /** ProducerPerformance making a payload per record ({@code --record-size}), as it is usually run. */
    static final String PERF_GENERATED_PAYLOADS = "ProducerPerformance size";
    private static final List<String> ACKS = List.of("0", "1", "all");
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration TRIAL_ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private static final int TRIAL_RECORDS = 10;
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(10);
    private static final int DISTINCT_PAYLOADS = 1024;

    /** The benchmark's settings, from the command line. */
    record Options(int records, int size, String acks, int runs, int syncRecords, String lingerMs, Path csv) {

        static Options parse(String[] argv) {
            Args args = Args.parse(argv, USAGE, List.of("records", "size", "acks", "runs", "sync-records", "linger-ms", "csv"),
                    List.of());
            int records = (int) Math.min(args.positive("records", 300_000, 1), Integer.MAX_VALUE);
            int size = (int) Math.min(args.positive("size", 512, 1), 1_000_000);
            String acks = args.value("acks", "all");
            if (!ACKS.contains(acks)) {
                throw new UsageException("--acks must be 0, 1 or all, not '" + acks + "'.\nUsage: " + USAGE);
            }
            int runs = (int) Math.min(args.positive("runs", 3, 1), 100);
            int syncRecords = (int) Math.min(args.positive("sync-records", Math.min(records, 500), 1), records);
            String lingerMs = args.valueOrNull("linger-ms") == null ? null
                    : String.valueOf(args.positive("linger-ms", 0, 0));
            Path csv = Path.of(args.value("csv", "target/benchmarks/lab04-send-modes.csv"));
            return new Options(records, size, acks, runs, syncRecords, lingerMs, csv);
        }
    }

    /** One timed run: how many records, how long from the first send until every answer, and latencies. */
    record Measurement(int records, long elapsedNanos, long[] latenciesNanos) {

        double recordsPerSecond() {
            return records * 1e9 / elapsedNanos;
        }
    }

    /** One line of the results: a mode at an acks setting, over all its measured runs. */
    record Result(String mode, String acks, int records, int size, double[] recordsPerSecond,
                  double p50Ms, double p99Ms) {

        double medianRecordsPerSecond() {
            return Statistics.median(recordsPerSecond);
        }

        double medianMegabytesPerSecond() {
            return medianRecordsPerSecond() * size / (1024.0 * 1024.0);
        }

        double min() {
            return Arrays.stream(recordsPerSecond).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(recordsPerSecond).max().orElse(Double.NaN);
        }

        /** A short name for a chart axis. */
        String label() {
            return mode.replace("ProducerPerformance", "PP") + " " + acks;
        }
    }

    private final Options options;
    private final SendMode fireAndForget;
    private final SendMode sync;
    private final SendMode async;
    private final Payloads payloads;
    private int step;
    private int steps;

    private SendModesBenchmarkRunner(Options options, SendMode fireAndForget, SendMode sync, SendMode async) {
        this.options = options;
        this.fireAndForget = fireAndForget;
        this.sync = sync;
        this.async = async;
        this.payloads = Payloads.randomLetters(options.size(), DISTINCT_PAYLOADS, 42);
    }

    /** Runs the benchmark with the given implementations of the three modes. */
    public static void run(String[] argv, SendMode fireAndForget, SendMode sync, SendMode async) throws Exception {
        Options options = Options.parse(argv);
        new SendModesBenchmarkRunner(options, fireAndForget, sync, async).run();
    }

    private void run() throws Exception {
        printSettings();
        List<String> otherAcks = ACKS.stream().filter(acks -> !acks.equals(options.acks())).toList();
        steps = 5 + options.runs() * (5 + otherAcks.size());
        Map<String, List<Measurement>> measured = new LinkedHashMap<>();
        Map<String, List<ProducerPerformanceRun.Figures>> theirs = new LinkedHashMap<>();
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties()); BenchTopics topics = new BenchTopics(admin)) {
            String topic = topics.create("lab04-send-modes");
            System.out.printf("Topic %s (1 partition). Warm-up first (not measured), then %d measured round(s).%n%n",
                    topic, options.runs());

            trial(topic);
            measure(topics, topic, async, options.acks(), options.records(), "warm-up");
            measure(topics, topic, fireAndForget, options.acks(), options.records(), "warm-up");
            measure(topics, topic, sync, options.acks(), Math.min(options.syncRecords(), 200), "warm-up");
            producerPerformance(topics, topic, PERF_SAME_PAYLOADS, "warm-up");
            producerPerformance(topics, topic, PERF_GENERATED_PAYLOADS, "warm-up");

            for (int round = 1; round <= options.runs(); round++) {
                String label = "round " + round + "/" + options.runs();
                for (SendMode mode : List.of(fireAndForget, sync, async)) {
                    int records = mode == sync ? options.syncRecords() : options.records();
                    measured.computeIfAbsent(key(mode.name(), options.acks()), k -> new ArrayList<>())
                            .add(measure(topics, topic, mode, options.acks(), records, label));
                }
                for (String variant : List.of(PERF_SAME_PAYLOADS, PERF_GENERATED_PAYLOADS)) {
                    theirs.computeIfAbsent(variant, k -> new ArrayList<>())
                            .add(producerPerformance(topics, topic, variant, label));
                }
                for (String acks : otherAcks) {
                    measured.computeIfAbsent(key(async.name(), acks), k -> new ArrayList<>())
                            .add(measure(topics, topic, async, acks, options.records(), label));
                }
            }
        }
        report(results(measured, theirs));
    }

    private void printSettings() {
        System.out.println("Lab 4.1 - producer send modes benchmark");
        System.out.printf("Broker %s | %,d records of %,d bytes (sync: %,d) | acks=%s | %d measured round(s)%n",
                KafkaBootstrap.servers(), options.records(), options.size(), options.syncRecords(), options.acks(),
                options.runs());
        System.out.printf("Java %s, %d CPU(s), max heap %,d MiB. Other producer settings: client defaults "
                        + "(linger.ms=%s, batch.size=16384).%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, options.lingerMs() == null ? "5" : options.lingerMs() + " (--linger-ms)");
    }

    private static String key(String mode, String acks) {
        return mode + "\t" + acks;
    }

    /** The producer settings every mode and ProducerPerformance share. */
    private Properties producerSettings(String clientId, String acks) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // The setting under test. With acks other than all the producer turns idempotence off by itself.
        props.put(ProducerConfig.ACKS_CONFIG, acks);
        if (options.lingerMs() != null) {
            // Only when asked: how long a batch waits for more records (client default 5 ms).
            props.put(ProducerConfig.LINGER_MS_CONFIG, options.lingerMs());
        }
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** A few records per mode before the long runs, so that a mistake shows in seconds, not minutes. */
    private void trial(String topic) throws Exception {
        System.out.printf("Trying each mode with %d records first.%n", TRIAL_RECORDS);
        for (SendMode mode : List.of(fireAndForget, sync, async)) {
            timedRun(topic, mode, options.acks(), TRIAL_RECORDS, TRIAL_ANSWER_TIMEOUT);
        }
        System.out.println("All three modes work.");
    }

    /** One measured run of {@code mode}: timed, checked against the topic's end offset, and shown. */
    private Measurement measure(BenchTopics topics, String topic, SendMode mode, String acks, int records,
                                String label) throws Exception {
        long offsetBefore = topics.endOffset(topic);
        Measurement measurement = timedRun(topic, mode, acks, records, ANSWER_TIMEOUT);
        progress(label, mode.name(), acks, records, measurement.elapsedNanos(), measurement.recordsPerSecond(),
                arrivals(topics, topic, offsetBefore, records));
        return measurement;
    }

    /** One run of {@code mode}, on a fresh producer, timed from the first send until Kafka answered for all. */
    private Measurement timedRun(String topic, SendMode mode, String acks, int records, Duration answerTimeout)
            throws Exception {
        DeliveryLedger ledger = new DeliveryLedger(records);
        long elapsed;
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings("lab04-" + mode.name(), acks))) {
            long start = System.nanoTime();
            mode.sendAll(producer, new SendJob(topic, payloads, records), ledger);
            producer.flush();
            if (mode.learnsOutcomes() && !ledger.awaitAnswers(answerTimeout)) {
                throw new IllegalStateException(mode.name() + ": the ledger heard of only " + (ledger.acknowledgedCount()
                        + ledger.failedCount()) + " answers for " + records + " records within " + answerTimeout
                        + ". Does every outcome reach ledger.acknowledged() or ledger.failed()? (The producer only "
                        + "logs an exception thrown inside a callback.)");
            }
            elapsed = System.nanoTime() - start;
        }
        if (ledger.failedCount() > 0) {
            throw new IllegalStateException(mode.name() + ": " + ledger.failedCount() + " of " + records
                    + " records failed; the first error: " + ledger.firstFailure().orElseThrow());
        }
        return new Measurement(records, elapsed, ledger.latenciesNanos());
    }

    /** One run of ProducerPerformance at our async settings ({@code --acks}), in this JVM. */
    private ProducerPerformanceRun.Figures producerPerformance(BenchTopics topics, String topic, String variant,
                                                               String label) throws Exception {
        long offsetBefore = topics.endOffset(topic);
        Properties settings = producerSettings("lab04-producer-performance", options.acks());
        long start = System.nanoTime();
        ProducerPerformanceRun.Figures figures = variant.equals(PERF_SAME_PAYLOADS)
                ? ProducerPerformanceRun.withPayloads(topic, options.records(), payloads, settings)
                : ProducerPerformanceRun.withRecordSize(topic, options.records(), options.size(), settings);
        long elapsed = System.nanoTime() - start;
        progress(label, variant, options.acks(), (int) figures.records(), elapsed, figures.recordsPerSecond(),
                arrivals(topics, topic, offsetBefore, options.records()));
        return figures;
    }

    /**
     * Whether the run's records are all in the topic: at once, a little later (the producer did not wait
     * for the broker), or never (lost).
     */
    private static String arrivals(BenchTopics topics, String topic, long offsetBefore, int records) throws Exception {
        long target = offsetBefore + records;
        long start = System.nanoTime();
        long offset = topics.endOffset(topic);
        if (offset >= target) {
            return "all in the topic";
        }
        long behind = target - offset;
        offset = topics.awaitEndOffset(topic, target, ARRIVAL_TIMEOUT);
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        if (offset >= target) {
            return String.format("all in the topic, the last %,d only %,d ms after the producer finished", behind,
                    waitedMs);
        }
        return String.format("%,d RECORDS MISSING from the topic %,d ms after the producer finished", target - offset,
                waitedMs);
    }

    private void progress(String label, String mode, String acks, int records, long elapsedNanos,
                          double recordsPerSecond, String arrivals) {
        step++;
        System.out.printf("[%2d/%d] %-12s %-20s acks=%-3s %,9d records %7.2f s %,11.0f rec/s  %s%n", step, steps,
                label, mode, acks, records, elapsedNanos / 1e9, recordsPerSecond, arrivals);
    }

    private List<Result> results(Map<String, List<Measurement>> measured,
                                 Map<String, List<ProducerPerformanceRun.Figures>> theirs) {
        List<Result> results = new ArrayList<>();
        measured.forEach((key, runs) -> {
            String[] modeAndAcks = key.split("\t");
            double[] rates = runs.stream().mapToDouble(Measurement::recordsPerSecond).toArray();
            long[] latencies = Statistics.sortedConcatenation(runs.stream().map(Measurement::latenciesNanos).toList());
            boolean hasLatencies = latencies.length > 0;
            results.add(new Result(modeAndAcks[0], modeAndAcks[1], runs.get(0).records(), options.size(), rates,
                    hasLatencies ? Statistics.percentile(latencies, 0.50) / 1e6 : Double.NaN,
                    hasLatencies ? Statistics.percentile(latencies, 0.99) / 1e6 : Double.NaN));
        });
        theirs.forEach((variant, runs) -> results.add(new Result(variant, options.acks(), options.records(),
                options.size(), runs.stream().mapToDouble(ProducerPerformanceRun.Figures::recordsPerSecond).toArray(),
                Statistics.median(runs.stream().mapToDouble(ProducerPerformanceRun.Figures::p50Ms).toArray()),
                Statistics.median(runs.stream().mapToDouble(ProducerPerformanceRun.Figures::p99Ms).toArray()))));
        return results;
    }

    private void report(List<Result> results) throws Exception {
        TextTable table = new TextTable("mode", "acks", "records", "records/s", "MB/s", "p50 ms", "p99 ms",
                "runs min..max records/s");
        CsvFile csv = new CsvFile("mode", "acks", "linger_ms", "records", "record_size", "runs", "records_per_sec_median",
                "mb_per_sec_median", "records_per_sec_min", "records_per_sec_max", "p50_ms", "p99_ms");
        for (Result result : results) {
            table.row(result.mode(), result.acks(), String.format("%,d", result.records()),
                    String.format("%,.0f", result.medianRecordsPerSecond()),
                    String.format("%.2f", result.medianMegabytesPerSecond()), millis(result.p50Ms()),
                    millis(result.p99Ms()), String.format("%,.0f..%,.0f", result.min(), result.max()));
            csv.row(result.mode(), result.acks(), options.lingerMs() == null ? "5" : options.lingerMs(), result.records(), result.size(), result.recordsPerSecond().length,
                    result.medianRecordsPerSecond(), result.medianMegabytesPerSecond(), result.min(), result.max(),
                    result.p50Ms(), result.p99Ms());
        }
        System.out.println();
        System.out.println("Median of the measured runs (MB = 2^20 bytes of record values, as ProducerPerformance "
                + "counts). Latency: send() to Kafka's answer, all runs pooled; ProducerPerformance's in whole ms.");
        System.out.println("ProducerPerformance (PP) is Kafka's kafka-producer-perf-test, at our async settings. file: "
                + "--payload-file with our payloads; size: --record-size, a new random payload per record.");
        System.out.print(table.render());

        Result ours = find(results, async.name(), options.acks());
        double sameData = ours.medianRecordsPerSecond() / find(results, PERF_SAME_PAYLOADS, options.acks())
                .medianRecordsPerSecond();
        double generated = ours.medianRecordsPerSecond() / find(results, PERF_GENERATED_PAYLOADS, options.acks())
                .medianRecordsPerSecond();
        System.out.printf("%nOur async / ProducerPerformance at acks=%s, same settings and records:%n"
                        + "  with the same payloads (--payload-file):  %.2f%s%n"
                        + "  making a payload per record (--record-size): %.2f%n", options.acks(), sameData,
                sameData >= 0.9 ? "" : "  (below 0.9: see the guide, section 4.1)", generated);

        Path csvFile = options.csv().toAbsolutePath();
        csv.writeTo(csvFile);
        Path chartFile = csvFile.resolveSibling(csvFile.getFileName().toString().replaceFirst("\\.csv$", "") + ".png");
        BarCharts.savePng(charts(results), chartFile);
        System.out.printf("CSV:   %s%nChart: %s%n", csvFile, chartFile);
    }

    private List<CategoryChart> charts(List<Result> results) {
        List<String> labels = results.stream().map(Result::label).toList();
        CategoryChart throughput = BarCharts.chart("Throughput by mode and acks (log scale)", "records/s", labels,
                Map.of("records/s", results.stream().map(Result::medianRecordsPerSecond).toList()), true, "#,###");
        List<Result> timed = results.stream().filter(result -> !Double.isNaN(result.p50Ms())).toList();
        Map<String, List<Double>> latency = new LinkedHashMap<>();
        latency.put("p50", timed.stream().map(Result::p50Ms).toList());
        latency.put("p99", timed.stream().map(Result::p99Ms).toList());
        CategoryChart latencies = BarCharts.chart("Send-to-ack latency by mode and acks", "ms", timed.stream().map(Result::label).toList(),
                latency, false, "#,##0.0");
        return List.of(throughput, latencies);
    }

    private static Result find(List<Result> results, String mode, String acks) {
        return results.stream().filter(result -> result.mode().equals(mode) && result.acks().equals(acks)).findFirst()
                .orElseThrow();
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
