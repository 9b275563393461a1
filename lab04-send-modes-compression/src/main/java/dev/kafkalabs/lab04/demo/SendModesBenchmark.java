package dev.kafkalabs.lab04.demo;

import dev.kafkalabs.lab04.Payloads;
import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import dev.kafkalabs.lab04.solution.AsyncMode;
import dev.kafkalabs.lab04.solution.FireAndForgetMode;
import dev.kafkalabs.lab04.solution.SyncMode;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * Lab 4.1's program, {@code ./labs run 4.1}: the three send modes of the chosen variant (solution, or the
 * starter with {@code --starter}) on the same records and producer settings, and Kafka's own
 * {@code ProducerPerformance} at our async settings as a yardstick.
 *
 * <p>The method: warm up until the rate settles; then rounds, each running every configuration once for
 * about {@code --seconds}, in an order reversed every round; each configuration is compared with a neighbour
 * pair by pair (same round), and the median of the pair ratios is reported with a distribution-free
 * interval. A difference whose interval contains 1 is "within noise". See {@link Statistics}.
 */
public final class SendModesBenchmark {

    public static final String USAGE = "SendModesBenchmark [--seconds S] [--rounds R] [--size BYTES] [--acks 0|1|all] "
            + "[--all-acks] [--linger-ms MS] [--csv FILE]";
    private static final List<String> ACKS = List.of("0", "1", "all");
    private static final String ASYNC = "async";
    private static final String PERF = "ProducerPerformance";
    private static final String FIRE_AND_FORGET = "fire-and-forget";
    private static final String SYNC = "sync";
    private static final int DISTINCT_PAYLOADS = 1024;
    private static final int TRIAL_RECORDS = 10;
    private static final int FIRST_WARM_UP_RECORDS = 20_000;
    private static final int SETTLE_WINDOW = 3;
    private static final double SETTLE_TOLERANCE = 0.10;
    private static final int MAX_WARM_UP_PAIRS = 8;
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(10);

    /** The benchmark's settings, from the command line. */
    record Options(double seconds, int rounds, int size, String acks, boolean allAcks, String lingerMs, Path csv) {

        static Options parse(String[] argv) {
            Args args = Args.parse(argv, USAGE, List.of("seconds", "rounds", "size", "acks", "linger-ms", "csv"),
                    List.of("all-acks"));
            double seconds = seconds(args.value("seconds", "1"));
            int rounds = (int) Math.min(args.positive("rounds", 16, 1), 1000);
            int size = (int) Math.min(args.positive("size", 512, 1), 1_000_000);
            String acks = args.value("acks", "all");
            if (!ACKS.contains(acks)) {
                throw new UsageException("--acks must be 0, 1 or all, not '" + acks + "'.\nUsage: " + USAGE);
            }
            String lingerMs = args.valueOrNull("linger-ms") == null ? null
                    : String.valueOf(args.positive("linger-ms", 0, 0));
            Path csv = Path.of(args.value("csv", "target/benchmarks/lab04-send-modes.csv"));
            return new Options(seconds, rounds, size, acks, args.flag("all-acks"), lingerMs, csv);
        }

        private static double seconds(String text) {
            try {
                double seconds = Double.parseDouble(text);
                if (seconds >= 0.5 && seconds <= 60) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--seconds must be a number from 0.5 to 60, not '" + text + "'.\nUsage: " + USAGE);
        }
    }

    /** One configuration: a way of sending at an acks setting. */
    record Config(String mode, String acks) {

        String label() {
            return mode + " acks=" + acks;
        }
    }

    /** One timed run of a configuration. */
    record Run(int round, Config config, int records, double seconds, double recordsPerSecond,
               ProducerLatency latency, double cpuSeconds, String arrivals) {

        /** Records per CPU-second of this JVM: what a record costs, whatever else the machine is doing. */
        double recordsPerCpuSecond() {
            return records / cpuSeconds;
        }
    }

    private final Options options;
    private final Map<String, SendMode> modes = new LinkedHashMap<>();
    private final Payloads payloads;
    private final List<Config> configs = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private BenchTopics topics;
    private String topic;
    private int records;
    private int syncRecords;

    private SendModesBenchmark(Options options) {
        this.options = options;
        Variant variant = Variant.current();
        modes.put(FIRE_AND_FORGET, variant.instantiate(SendMode.class, FireAndForgetMode.class));
        modes.put(SYNC, variant.instantiate(SendMode.class, SyncMode.class));
        modes.put(ASYNC, variant.instantiate(SendMode.class, AsyncMode.class));
        this.payloads = Payloads.randomLetters(options.size(), DISTINCT_PAYLOADS, 42);
        // Async in the middle: it is compared with both its neighbours, which rounds keep beside it.
        configs.add(new Config(PERF, options.acks()));
        configs.add(new Config(ASYNC, options.acks()));
        configs.add(new Config(FIRE_AND_FORGET, options.acks()));
        configs.add(new Config(SYNC, options.acks()));
        if (options.allAcks()) {
            ACKS.stream().filter(acks -> !acks.equals(options.acks())).forEach(acks -> configs.add(new Config(ASYNC, acks)));
        }
    }

    public static void main(String[] argv) throws Exception {
        new SendModesBenchmark(Options.parse(argv)).run();
    }

    private void run() throws Exception {
        printSettings();
        long start = System.nanoTime();
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties()); BenchTopics benchTopics = new BenchTopics(admin)) {
            topics = benchTopics;
            newTopic();
            trial();
            warmUp();
            for (int round = 1; round <= options.rounds(); round++) {
                if (round > 1) {
                    newTopic();
                }
                for (Config config : Statistics.roundOrder(configs, round - 1)) {
                    runs.add(measure(round, config));
                }
                resize();
            }
        }
        report((System.nanoTime() - start) / 1e9);
    }

    private void printSettings() {
        System.out.println("Lab 4.1 - producer send modes benchmark (" + Variant.current() + ")");
        System.out.printf("Broker %s | values of %,d bytes | acks=%s | %d rounds of %s, about %.1f s per run%n",
                KafkaBootstrap.servers(), options.size(), options.acks(), options.rounds(),
                configs.stream().map(Config::label).toList(), options.seconds());
        System.out.printf("Java %s, %d CPU(s), load average %.1f. Producer settings: client defaults "
                        + "(linger.ms=%s, batch.size=16384) for every mode and for ProducerPerformance.%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                options.lingerMs() == null ? "5" : options.lingerMs() + " (--linger-ms)");
    }

    /** A fresh single-partition topic for the next round; the previous one is deleted to free the disk. */
    private void newTopic() throws Exception {
        if (topic != null) {
            topics.delete(topic);
        }
        topic = topics.create("lab04-send-modes");
    }

    /** A few records per mode before the long runs, so that a mistake shows in seconds, not minutes. */
    private void trial() throws Exception {
        System.out.printf("%nTrying each mode with %d records first.%n", TRIAL_RECORDS);
        for (String mode : modes.keySet()) {
            timedRun(new Config(mode, options.acks()), TRIAL_RECORDS);
        }
        System.out.println("All three modes work.");
    }

    /**
     * Runs async and ProducerPerformance in turn until both rates have settled (the JIT has compiled the
     * hot code), then sizes the measured runs to last about {@code --seconds}.
     */
    private void warmUp() throws Exception {
        System.out.printf("Warm-up (not measured): async and ProducerPerformance in turn, about %.1f s each, until "
                + "the last %d rates of each lie within %.0f%% of their median.%n", options.seconds() / 2,
                SETTLE_WINDOW, SETTLE_TOLERANCE * 100);
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        int warmUpRecords = FIRST_WARM_UP_RECORDS;
        for (int pair = 1; pair <= MAX_WARM_UP_PAIRS; pair++) {
            Run async = run(0, new Config(ASYNC, options.acks()), warmUpRecords);
            Run perf = run(0, new Config(PERF, options.acks()), warmUpRecords);
            ours.add(async.recordsPerSecond());
            theirs.add(perf.recordsPerSecond());
            boolean settled = Statistics.settled(ours, SETTLE_WINDOW, SETTLE_TOLERANCE)
                    && Statistics.settled(theirs, SETTLE_WINDOW, SETTLE_TOLERANCE);
            System.out.printf("  warm-up %d: async %,9.0f rec/s  ProducerPerformance %,9.0f rec/s%s%n", pair,
                    async.recordsPerSecond(), perf.recordsPerSecond(), settled ? "  settled" : "");
            warmUpRecords = recordsFor(async.recordsPerSecond(), options.seconds() / 2);
            if (settled) {
                break;
            }
        }
        records = recordsFor(Statistics.median(ours.subList(Math.max(0, ours.size() - SETTLE_WINDOW), ours.size())),
                options.seconds());
        Run sync = run(0, new Config(SYNC, options.acks()), 50);
        syncRecords = recordsFor(sync.recordsPerSecond(), options.seconds() / 2);
        System.out.printf("Measured runs: %,d records (sync: %,d), about %.1f s each.%n%n", records, syncRecords,
                options.seconds());
    }

    /**
     * Sizes the next round's runs from the median rate of every round so far, so that runs keep lasting
     * about {@code --seconds} when the machine gets busier or quieter for good, but one odd round does
     * not make the next runs tiny or huge.
     */
    private void resize() {
        records = recordsFor(Statistics.median(runs.stream().filter(run -> run.config().mode().equals(ASYNC)
                || run.config().mode().equals(PERF)).map(Run::recordsPerSecond).toList()), options.seconds());
        syncRecords = recordsFor(Statistics.median(runs.stream().filter(run -> run.config().mode().equals(SYNC))
                .map(Run::recordsPerSecond).toList()), options.seconds() / 2);
    }

    private static int recordsFor(double recordsPerSecond, double seconds) {
        return (int) Math.max(20, Math.min(Integer.MAX_VALUE / 2.0, recordsPerSecond * seconds));
    }

    private Run measure(int round, Config config) throws Exception {
        int count = config.mode().equals(SYNC) ? syncRecords : records;
        long offsetBefore = topics.endOffset(topic);
        Run run = run(round, config, count);
        String arrivals = arrivals(offsetBefore, count);
        System.out.printf("[round %2d/%d] %-34s %,10d records %6.2f s %,11.0f rec/s  %s%n", round, options.rounds(),
                config.label(), count, run.seconds(), run.recordsPerSecond(), arrivals);
        return new Run(round, config, run.records(), run.seconds(), run.recordsPerSecond(), run.latency(),
                run.cpuSeconds(), arrivals);
    }

    private Run run(int round, Config config, int count) throws Exception {
        if (config.mode().equals(PERF)) {
            ProducerPerformanceRun.Figures figures = ProducerPerformanceRun.withPayloads(topic, count, payloads,
                    producerSettings("lab04-producer-performance", config.acks()));
            return new Run(round, config, count, figures.records() / figures.recordsPerSecond(),
                    figures.recordsPerSecond(), new ProducerLatency(Double.NaN, Double.NaN), figures.cpuSeconds(), "");
        }
        return timedRun(config, count);
    }

    /**
     * One run of a mode on a fresh producer, timed as ProducerPerformance times itself: from the first
     * send until every record is answered and the producer is closed (reading its metrics is not timed).
     */
    private Run timedRun(Config config, int count) throws Exception {
        SendMode mode = modes.get(config.mode());
        SendOutcomes outcomes = new SendOutcomes();
        long elapsed;
        ProducerLatency latency;
        double cpuBefore = ProcessCpu.seconds();
        String clientId = "lab04-" + config.mode();
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(clientId, config.acks()))) {
            long start = System.nanoTime();
            mode.sendAll(producer, new SendJob(topic, payloads, count), outcomes);
            // Returns once every record sent has been answered and its callback has run.
            producer.flush();
            long flushed = System.nanoTime();
            latency = ProducerLatency.of(clientId);
            long closing = System.nanoTime();
            producer.close();
            elapsed = flushed - start + System.nanoTime() - closing;
        }
        double cpuSeconds = ProcessCpu.seconds() - cpuBefore;
        if (!config.mode().equals(FIRE_AND_FORGET) && outcomes.answeredCount() != count) {
            throw new IllegalStateException(config.mode() + " reported " + outcomes.answeredCount() + " answers for "
                    + count + " records, all of them answered by Kafka by now. Does every answer reach outcomes, "
                    + "exactly once? (The producer only logs an exception thrown inside a callback.)");
        }
        if (outcomes.failedCount() > 0) {
            throw new IllegalStateException(config.mode() + ": " + outcomes.failedCount() + " of " + count
                    + " records failed; the first error: " + outcomes.firstFailure().orElseThrow());
        }
        return new Run(0, config, count, elapsed / 1e9, count * 1e9 / elapsed, latency, cpuSeconds, "");
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

    /**
     * Whether the run's records are all in the topic: at once, a little later (the producer did not wait
     * for the broker), or never (lost).
     */
    private String arrivals(long offsetBefore, int count) throws Exception {
        long target = offsetBefore + count;
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

    private List<Double> rates(Config config) {
        return runs.stream().filter(run -> run.config().equals(config)).map(Run::recordsPerSecond).toList();
    }

    private List<Double> cpuRates(Config config) {
        return runs.stream().filter(run -> run.config().equals(config)).map(Run::recordsPerCpuSecond).toList();
    }

    private void report(double elapsedSeconds) throws Exception {
        TextTable table = new TextTable("mode", "acks", "rounds", "records/run (median)", "median rec/s", "MB/s",
                "rounds min..max rec/s", "queue ms", "request ms");
        for (Config config : configs) {
            List<Run> of = runs.stream().filter(run -> run.config().equals(config)).toList();
            List<Double> rates = rates(config);
            double median = Statistics.median(rates);
            table.row(config.mode(), config.acks(), String.valueOf(of.size()), String.format("%,.0f", Statistics.median(of.stream().map(run -> (double) run.records()).toList())),
                    String.format("%,.0f", median), String.format("%.1f", median * options.size() / 1048576.0),
                    String.format("%,.0f..%,.0f", rates.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                            rates.stream().mapToDouble(Double::doubleValue).max().orElse(0)),
                    millis(Statistics.median(of.stream().map(run -> run.latency().queueMs()).toList())),
                    millis(Statistics.median(of.stream().map(run -> run.latency().requestMs()).toList())));
        }
        System.out.println();
        System.out.println("Medians over the rounds. MB = 2^20 bytes of record values. queue ms: average time a record "
                + "waited in the producer before its batch left; request ms: average produce request round trip "
                + "(the producer's own metrics; ProducerPerformance's are not available).");
        System.out.print(table.render());

        Config async = configs.get(1);
        List<Statistics.Comparison> comparisons = new ArrayList<>();
        comparisons.add(Statistics.compare("async", "ProducerPerformance", rates(async), rates(configs.get(0))));
        Statistics.Comparison cost = Statistics.compare("async", "ProducerPerformance", cpuRates(async),
                cpuRates(configs.get(0)));
        comparisons.add(Statistics.compare("fire-and-forget", "async", rates(configs.get(2)), rates(async)));
        comparisons.add(Statistics.compare("sync", "async", rates(configs.get(3)), rates(async)));
        for (Config other : configs.subList(4, configs.size())) {
            comparisons.add(Statistics.compare("async acks=" + other.acks(), "async acks=" + async.acks(),
                    rates(other), rates(async)));
        }
        System.out.printf("%nPair by pair (each pair ran in the same round; the interval holds the true median ratio "
                + "with at least %.0f%% confidence, whatever the noise; a difference counts only when the interval "
                + "excludes 1):%n", Statistics.CONFIDENCE * 100);
        comparisons.forEach(comparison -> System.out.println("  " + comparison.verdict()));
        System.out.printf("%nThe same pairs in records per CPU-second of this JVM (what a record costs; hardly moved by "
                + "other programs, unlike records per second):%n  %s%n", cost.verdict());
        System.out.printf("%nHeadline: our async / ProducerPerformance = %.2f in records/s (%.2f per CPU-second), same "
                + "settings and payloads; load average now %.1f.%n", comparisons.get(0).median(), cost.median(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        CsvFile csv = new CsvFile("round", "mode", "acks", "linger_ms", "size", "records", "seconds",
                "records_per_sec", "mb_per_sec", "queue_ms_avg", "request_ms_avg", "cpu_seconds", "arrivals");
        for (Run run : runs) {
            csv.row(run.round(), run.config().mode(), run.config().acks(), options.lingerMs() == null ? "5"
                    : options.lingerMs(), options.size(), run.records(), run.seconds(), run.recordsPerSecond(),
                    run.recordsPerSecond() * options.size() / 1048576.0, run.latency().queueMs(),
                    run.latency().requestMs(), run.cpuSeconds(), run.arrivals().replace(",", ""));
        }
        Path csvFile = options.csv().toAbsolutePath();
        csv.writeTo(csvFile);
        Path chartFile = csvFile.resolveSibling(csvFile.getFileName().toString().replaceFirst("\\.csv$", "") + ".png");
        BarCharts.savePng(charts(comparisons, cost), chartFile);
        System.out.printf("Every run: %s%nChart:     %s%nTook %.0f s.%n", csvFile, chartFile, elapsedSeconds);
    }

    private List<CategoryChart> charts(List<Statistics.Comparison> comparisons, Statistics.Comparison cost) {
        Map<String, List<Double>> throughput = new LinkedHashMap<>();
        for (Config config : configs) {
            throughput.put(config.mode().replace("ProducerPerformance", "PP")
                    + (config.acks().equals(options.acks()) ? "" : " acks=" + config.acks()), rates(config));
        }
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (Statistics.Comparison comparison : comparisons) {
            if (!comparison.a().equals("sync")) {
                ratios.put((comparison.a() + " / " + comparison.b()).replace("ProducerPerformance", "PP"),
                        java.util.Arrays.stream(comparison.ratios()).boxed().toList());
            }
        }
        ratios.put("async / PP per CPU-s", java.util.Arrays.stream(cost.ratios()).boxed().toList());
        return List.of(
                BarCharts.chart("Records/s per round (log scale), acks=" + options.acks(), "records/s",
                        BarCharts.bars(throughput), true, "#,###"),
                BarCharts.chart("Pair ratios, one dot per round (log scale)", "ratio", BarCharts.bars(ratios), true,
                        "0.0#"));
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
