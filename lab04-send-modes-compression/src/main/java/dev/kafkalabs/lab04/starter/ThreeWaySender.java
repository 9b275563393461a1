package dev.kafkalabs.lab04.starter;

import dev.kafkalabs.lab04.OneRecordSender;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Lab 4.3 - the three send modes once more, one record at a time, to see who hears about a failure.
 * {@code send} itself does not throw when the broker refuses a record: the error travels through the
 * {@code Future} (sync) or the {@code Callback} (async). Fire-and-forget looks at neither.
 */
public final class ThreeWaySender implements OneRecordSender {

    private static final long CALLBACK_TIMEOUT_SECONDS = 60;

    private final Producer<String, byte[]> producer;
    private final OutcomeCallback callback = new OutcomeCallback();

    public ThreeWaySender(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    @Override
    public void fireAndForget(ProducerRecord<String, byte[]> record) {
        throw new UnsupportedOperationException("Lab 4.3: hand the record to the producer and return at once - "
                + "./labs hint 4.3, README 4.3");
    }

    @Override
    public Optional<Throwable> sendSync(ProducerRecord<String, byte[]> record) throws InterruptedException {
        throw new UnsupportedOperationException("Lab 4.3: send and wait for Kafka's answer; return Kafka's own error "
                + "if it refused the record, nothing if it stored it - ./labs hint 4.3, README 4.3");
    }

    @Override
    public Optional<Throwable> sendAsync(ProducerRecord<String, byte[]> record) throws InterruptedException {
        throw new UnsupportedOperationException("Lab 4.3: send with this class's one callback, then return the "
                + "outcome it hears - ./labs hint 4.3, README 4.3");
    }

    /** One callback for every async send: passes each outcome from the producer's I/O thread to the sender. */
    private static final class OutcomeCallback implements Callback {

        private final BlockingQueue<Optional<Throwable>> outcomes = new LinkedBlockingQueue<>();

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            throw new UnsupportedOperationException("Lab 4.3: pass Kafka's answer for this record (its error, or "
                    + "none when it was stored) on to the waiting sender - ./labs hint 4.3, README 4.3");
        }

        Optional<Throwable> nextOutcome() throws InterruptedException {
            Optional<Throwable> outcome = outcomes.poll(CALLBACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (outcome == null) {
                // An exception thrown in onCompletion is only logged by the producer's I/O thread: the callback ends
                // without passing the outcome on, as if it had not been called.
                throw new IllegalStateException("The callback passed on no outcome within " + CALLBACK_TIMEOUT_SECONDS
                        + " s: it was not called, or it threw (the producer logs an exception thrown in a callback and goes on)");
            }
            return outcome;
        }
    }
}
