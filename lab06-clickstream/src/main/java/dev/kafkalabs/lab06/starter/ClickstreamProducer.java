package dev.kafkalabs.lab06.starter;

import dev.kafkalabs.lab06.ClickEvents;
import dev.kafkalabs.lab06.ClickstreamGenerator;
import dev.kafkalabs.lab06.CountResult;
import dev.kafkalabs.lab06.CountTable;
import dev.kafkalabs.lab06.CounterOptions;
import dev.kafkalabs.lab06.EventSource;
import dev.kafkalabs.lab06.Pacer;
import dev.kafkalabs.lab06.ParsedEvent;
import dev.kafkalabs.lab06.StopSignal;
import dev.kafkalabs.lab06.Topics;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lab 6.1 - the click-stream generator: sends seeded, reproducible click events (or replays a file of
 * one JSON event per line) and prints the per-domain counts it sent: the ground truth a correct counter
 * must reproduce.
 */
public final class ClickstreamProducer {

    static final String USAGE = "ClickstreamProducer [--count N | --rate EVENTS_PER_SECOND[/s]] [--seed S] "
            + "[--topic T] [--from-file FILE] [--json]";
    static final long DEFAULT_COUNT = 10_000;

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final DeliveryCallback callback = new DeliveryCallback();

    ClickstreamProducer(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE, List.of("count", "rate", "seed", "topic", "from-file"), List.of("json"));
        String topic = args.value("topic", CounterOptions.TOPIC);
        long seed = args.longValue("seed", 42);
        String file = args.valueOrNull("from-file");
        long rate = rate(args.valueOrNull("rate"));
        boolean endless = rate > 0 && args.valueOrNull("count") == null && file == null;
        long count = endless ? Long.MAX_VALUE : args.positive("count", DEFAULT_COUNT, 1);
        boolean json = args.flag("json");
        PrintStream progressOut = json ? System.err : System.out;

        Topics.ensureExist(Topics.log(topic));
        Properties props = KafkaBootstrap.clientProperties();
        // Names this client in the broker's logs and metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ClickstreamProducer");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Values are bytes: generated events are already JSON, replayed lines must go out unchanged.
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Bigger batches, filled for a little longer: far fewer requests per event at high rates.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);

        Map<String, Long> sentPerDomain = new HashMap<>();
        long malformed = 0;
        long sent = 0;
        Pacer pacer = new Pacer(rate);
        StopSignal stop = StopSignal.onCtrlC();
        progressOut.printf("Sending %s to '%s' at %s ...%n",
                file != null ? "the lines of " + file : endless ? "events (until Ctrl-C)"
                        : String.format("%,d events (seed %d)", count, seed),
                topic, rate > 0 ? rate + " events/s" : "full speed");
        long start = System.nanoTime();
        long nextProgress = start + 1_000_000_000L;
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(props);
             EventSource source = file != null ? EventSource.lines(Path.of(file)) : EventSource.generated(seed, count)) {
            ClickstreamProducer generator = new ClickstreamProducer(producer, topic);
            while (source.hasNext() && !stop.requested()) {
                source.next();
                byte[] value = source.value();
                generator.send(source.key(), value);
                sent++;
                ParsedEvent parsed = source.event() != null ? new ParsedEvent(value, source.event(), null) : ClickEvents.read(value);
                if (parsed.isValid()) {
                    sentPerDomain.merge(parsed.event().domain(), 1L, Long::sum);
                } else {
                    malformed++;
                }
                pacer.await(sent);
                if (System.nanoTime() >= nextProgress) {
                    nextProgress += 1_000_000_000L;
                    progressOut.printf("  sent %,d events (%,d events/s)%n", sent, eventsPerSecond(sent, start));
                }
            }
            producer.flush();
            generator.callback.throwIfFailed();
        } finally {
            stop.done();
        }
        progressOut.printf("Sent %,d events to '%s' in %.1f s (%,d events/s).%n", sent, topic,
                (System.nanoTime() - start) / 1e9, eventsPerSecond(sent, start));
        CountResult truth = new CountResult(sentPerDomain, malformed);
        if (json) {
            System.out.println(truth.toJson());
        } else {
            System.out.print(CountTable.render("Ground truth (what was sent)", truth, ClickstreamGenerator.DOMAINS.size()));
        }
    }

    /** Sends one record; a failure is reported by {@link DeliveryCallback} and ends the run. */
    void send(byte[] key, byte[] value) {
        throw new UnsupportedOperationException("Lab 6.1: send key and value to topic as a ProducerRecord with "
                + "producer.send(record, callback) - see lab06-clickstream/README.md section 6.1");
    }

    private static long rate(String text) {
        if (text == null) {
            return 0;
        }
        try {
            long rate = Long.parseLong(text.replace("/s", "").replace("_", ""));
            if (rate < 1) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new UsageException("--rate must be a number of events per second, like 500 or 500/s, not '"
                    + text + "'.\nUsage: " + USAGE);
        }
    }

    private static long eventsPerSecond(long events, long startNanos) {
        long elapsed = Math.max(1, System.nanoTime() - startNanos);
        return events * 1_000_000_000L / elapsed;
    }

    /** One callback for every send: it remembers the first failure, so that the run ends with it. */
    private static final class DeliveryCallback implements Callback {

        private final AtomicLong failures = new AtomicLong();
        private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception != null) {
                failures.incrementAndGet();
                firstFailure.compareAndSet(null, exception);
            }
        }

        void throwIfFailed() {
            Exception failure = firstFailure.get();
            if (failure != null) {
                throw new IllegalStateException(failures.get() + " events could not be sent; the first error: "
                        + failure.getMessage(), failure);
            }
        }
    }
}
