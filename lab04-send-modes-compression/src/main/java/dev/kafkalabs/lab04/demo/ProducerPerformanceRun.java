package dev.kafkalabs.lab04.demo;

import dev.kafkalabs.lab04.Payloads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * Runs Kafka's own {@code kafka-producer-perf-test} ({@link ProducerPerformance} from kafka-tools) in
 * this JVM, so that it meets the same broker, the same JIT-warmed client code and the same heap as our
 * benchmark, and reads the figures from its summary line.
 */
public final class ProducerPerformanceRun {

    /** Its summary line, e.g. "100000 records sent, 81234.5 records/sec (39.67 MB/sec), 250.3 ms avg latency, ...". */
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.,]+) records/sec "
            + "\\(([\\d.,]+) MB/sec\\), ([\\d.,]+) ms avg latency, ([\\d.,]+) ms max latency, (\\d+) ms 50th, "
            + "(\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th\\.");

    /**
     * What {@code ProducerPerformance} reports (MB means 2^20 bytes, latencies are whole milliseconds), and
     * the CPU time this JVM used while it ran ({@code NaN} when not measured).
     */
    public record Figures(long records, double recordsPerSecond, double megabytesPerSecond, double averageLatencyMs,
                          double maxLatencyMs, int p50Ms, int p95Ms, int p99Ms, int p999Ms, double cpuSeconds) {

        Figures withCpuSeconds(double seconds) {
            return new Figures(records, recordsPerSecond, megabytesPerSecond, averageLatencyMs, maxLatencyMs, p50Ms,
                    p95Ms, p99Ms, p999Ms, seconds);
        }
    }

    private ProducerPerformanceRun() {
    }

    /**
     * Sends {@code records} records of {@code recordSize} random capital letters to {@code topic},
     * unthrottled, with {@code producerSettings} (bootstrap servers included), and returns its figures.
     * It makes a new payload for every record, on the sending thread.
     */
    public static Figures withRecordSize(String topic, int records, int recordSize, Properties producerSettings)
            throws Exception {
        return run(producerSettings, "--topic", topic, "--num-records", String.valueOf(records),
                "--record-size", String.valueOf(recordSize), "--throughput", "-1");
    }

    /**
     * Like {@link #withRecordSize}, but every record carries one of {@code payloads}' values (picked at
     * random), read from a file before the clock starts: the same data our modes send, prepared the
     * same way. The values must be text without line breaks.
     */
    public static Figures withPayloads(String topic, int records, Payloads payloads, Properties producerSettings)
            throws Exception {
        Path file = Files.createTempFile("lab04-payloads-", ".txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < payloads.distinct(); i++) {
                out.write(payloads.get(i));
                out.write('\n');
            }
        }
        try {
            return run(producerSettings, "--topic", topic, "--num-records", String.valueOf(records),
                    "--payload-file", file.toString(), "--throughput", "-1");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Figures run(Properties producerSettings, String... args) throws Exception {
        Path config = Files.createTempFile("lab04-producer-performance-", ".properties");
        try {
            try (OutputStream out = Files.newOutputStream(config)) {
                producerSettings.store(out, "settings shared with the lab 4.1 benchmark");
            }
            String[] withConfig = Arrays.copyOf(args, args.length + 2);
            withConfig[args.length] = "--command-config";
            withConfig[args.length + 1] = config.toString();
            double cpuBefore = ProcessCpu.seconds();
            String output = runCapturingOutput(withConfig);
            return parse(output).withCpuSeconds(ProcessCpu.seconds() - cpuBefore);
        } finally {
            Files.deleteIfExists(config);
        }
    }

    /** The figures of the last summary line in {@code output}. */
    static Figures parse(String output) {
        Matcher matcher = SUMMARY.matcher(output);
        Figures figures = null;
        while (matcher.find()) {
            figures = new Figures(Long.parseLong(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)),
                    number(matcher.group(4)), number(matcher.group(5)), Integer.parseInt(matcher.group(6)),
                    Integer.parseInt(matcher.group(7)), Integer.parseInt(matcher.group(8)),
                    Integer.parseInt(matcher.group(9)), Double.NaN);
        }
        if (figures == null) {
            throw new IllegalStateException("ProducerPerformance printed no summary line. Its output:\n" + output);
        }
        return figures;
    }

    /** It prints with the default locale and no grouping: a decimal comma is the only variation. */
    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    /** It prints to {@code System.out}; nothing else in this program prints while it runs. */
    private static String runCapturingOutput(String[] args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ProducerPerformance.main(args);
        } catch (IOException e) {
            throw new IllegalStateException("ProducerPerformance failed: " + e.getMessage(), e);
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
