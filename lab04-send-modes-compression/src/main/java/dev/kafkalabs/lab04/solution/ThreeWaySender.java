package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.OneRecordSender;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
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
        producer.send(record);
    }

    @Override
    public Optional<Throwable> sendSync(ProducerRecord<String, byte[]> record) throws InterruptedException {
        try {
            producer.send(record).get();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause());
        }
    }

    @Override
    public Optional<Throwable> sendAsync(ProducerRecord<String, byte[]> record) throws InterruptedException {
        producer.send(record, callback);
        return callback.nextOutcome();
    }

    /** One callback for every async send: passes each outcome from the producer's I/O thread to the sender. */
    private static final class OutcomeCallback implements Callback {

        private final BlockingQueue<Optional<Throwable>> outcomes = new LinkedBlockingQueue<>();

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            outcomes.add(Optional.ofNullable(exception));
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
