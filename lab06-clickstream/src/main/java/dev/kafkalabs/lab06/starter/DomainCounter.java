package dev.kafkalabs.lab06.starter;

import dev.kafkalabs.lab06.ClickCounter;
import dev.kafkalabs.lab06.ClickEvent;
import dev.kafkalabs.lab06.ClickEvents;
import dev.kafkalabs.lab06.CountResult;
import dev.kafkalabs.lab06.CountTable;
import dev.kafkalabs.lab06.CounterOptions;
import dev.kafkalabs.lab06.CounterProgram;
import dev.kafkalabs.lab06.MalformedEventException;
import dev.kafkalabs.lab06.Throughput;
import dev.kafkalabs.lab06.Topics;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lab 6.2 - a running count of events per domain with a plain consumer: at-least-once (offsets are
 * committed only after the records they cover were counted), malformed records to a dead-letter topic,
 * a refreshed top-N table, and a clean shutdown on Ctrl-C.
 */
public final class DomainCounter implements ClickCounter {

    static final String USAGE = "DomainCounter [--topic T] [--group G] [--dead-letter-topic T] [--from-beginning] "
            + "[--exit-when-idle SECONDS] [--json] [--top N] [--refresh SECONDS]";
    static final String DEFAULT_GROUP = "lab06-domain-counter";
    private static final Logger LOG = LoggerFactory.getLogger(DomainCounter.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final CounterOptions options;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetterProducer;
    private final DeadLetterCallback deadLetterCallback = new DeadLetterCallback();
    private final Map<String, Long> counts = new HashMap<>();
    private final Set<TopicPartition> seenPartitions = new HashSet<>();
    private final PrintStream tables;
    private final Throughput throughput = new Throughput();
    private long malformed;
    private long assignedAtNanos;

    public DomainCounter(CounterOptions options) {
        this.options = options;
        this.tables = CounterProgram.progressStream(options);
        Topics.ensureExist(Topics.log(options.topic()), Topics.log(options.deadLetterTopic()));
        this.consumer = new KafkaConsumer<>(consumerConfig(options));
        this.deadLetterProducer = new KafkaProducer<>(deadLetterProducerConfig());
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE,
                List.of("topic", "group", "dead-letter-topic", "exit-when-idle", "top", "refresh"),
                List.of("from-beginning", "json"));
        CounterOptions options = new CounterOptions().group(DEFAULT_GROUP).read(args);
        CounterProgram.run(new DomainCounter(options), options, "Domain counts");
    }

    static Properties consumerConfig(CounterOptions options) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, options.group());
        // Names this client in the broker's logs and metrics.
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "DomainCounter");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // Bytes, not Strings: a malformed record must reach the dead-letter topic exactly as it came.
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // At-least-once: we commit ourselves, after counting, never before.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group starts at the end of the topic unless asked to count everything.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, options.fromBeginning() ? "earliest" : "latest");
        // Bigger batches per poll: one commit covers more records when the stream is fast.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return props;
    }

    private static Properties deadLetterProducerConfig() {
        Properties props = KafkaBootstrap.clientProperties();
        // Names this client in the broker's logs and metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "DomainCounter-dead-letters");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    @Override
    public CountResult run() {
        consumer.subscribe(List.of(options.topic()), new StartFromTheBeginning());
        long nextTable = System.nanoTime() + options.refresh().toNanos();
        long recordsInLastTable = 0;
        try {
            while (!idleLongEnough()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    throughput.add(records.count());
                    commit();
                }
                if (System.nanoTime() >= nextTable && throughput.records() > recordsInLastTable) {
                    nextTable = System.nanoTime() + options.refresh().toNanos();
                    recordsInLastTable = throughput.records();
                    tables.print(CountTable.render("Domain counts so far", result(), options.top()));
                }
            }
        } catch (WakeupException stopRequested) {
            LOG.info("Stopping: counted records up to the last commit.");
        } finally {
            consumer.close();
            deadLetterProducer.close();
        }
        LOG.info("Counted {}", throughput.summary());
        return result();
    }

    @Override
    public void stop() {
        consumer.wakeup();
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        try {
            count(ClickEvents.parse(record.value()));
        } catch (MalformedEventException e) {
            deadLetter(record, e.getMessage());
            malformed++;
        }
    }

    private void count(ClickEvent event) {
        throw new UnsupportedOperationException("Lab 6.2: add 1 to the count of event.domain() in counts - see "
                + "lab06-clickstream/README.md section 6.2");
    }

    /** Passes the record on unchanged, with why it was rejected and where it came from in the headers. */
    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String error) {
        throw new UnsupportedOperationException("Lab 6.2: send the record's key and value unchanged to "
                + "options.deadLetterTopic() with DeadLetters.headers(...) and deadLetterCallback - see "
                + "lab06-clickstream/README.md section 6.2");
    }

    /**
     * Commits the offsets of everything counted so far. The dead letters of these records must be safely
     * stored first: once the offsets are committed, those records are never read again.
     */
    private void commit() {
        throw new UnsupportedOperationException("Lab 6.2: make the dead letters durable first (flush, then "
                + "deadLetterCallback.throwIfFailed()), then commit the consumed offsets synchronously - see "
                + "lab06-clickstream/README.md section 6.2");
    }

    private CountResult result() {
        return new CountResult(counts, malformed);
    }

    private boolean idleLongEnough() {
        if (options.exitWhenIdle() == null || assignedAtNanos == 0) {
            return false;
        }
        long idleSince = Math.max(assignedAtNanos, throughput.lastNanos());
        return System.nanoTime() - idleSince >= options.exitWhenIdle().toNanos();
    }

    /** Counts are kept in memory, so {@code --from-beginning} re-reads each partition once, whatever was committed. */
    private final class StartFromTheBeginning implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (assignedAtNanos == 0) {
                assignedAtNanos = System.nanoTime();
            }
            Set<TopicPartition> fresh = new HashSet<>(partitions);
            fresh.removeAll(seenPartitions);
            seenPartitions.addAll(fresh);
            if (options.fromBeginning() && !fresh.isEmpty()) {
                consumer.seekToBeginning(fresh);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Everything counted is already committed: commit() runs after every poll.
        }
    }

    /** One callback for every dead letter; a failed one stops the counter before it commits past it. */
    private static final class DeadLetterCallback implements Callback {

        private final AtomicReference<Exception> failure = new AtomicReference<>();

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception != null) {
                failure.compareAndSet(null, exception);
            }
        }

        void throwIfFailed() {
            Exception exception = failure.get();
            if (exception != null) {
                throw new IllegalStateException("A dead letter could not be written: " + exception.getMessage(), exception);
            }
        }
    }
}
