package dev.kafkalabs.lab07;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A producer interceptor that can keep a producer silent: while {@link #hold()} is on, it stops the producer's
 * I/O thread in {@code onAcknowledgement}, before the send's future completes (the producer completes a future only
 * once the callbacks of its batch have run), so {@code future.get(...)} gets no verdict until {@link #release()} -
 * a producer that stays silent past its own delivery timeout, which a healthy one never does. The producer builds
 * its interceptors from {@code interceptor.classes}, by reflection: the state is static, for one check at a time.
 */
public final class HeldVerdicts implements ProducerInterceptor<Object, Object> {

    /** Longer than any wait a check makes: a check that failed before its release frees the thread anyway. */
    private static final long HOLD_AT_MOST_SECONDS = 300;
    private static volatile CountDownLatch held;

    /** From now on, each acknowledgement waits until {@link #release()}. */
    static void hold() {
        held = new CountDownLatch(1);
    }

    /** Lets the held acknowledgements, and every later one, through. */
    static void release() {
        CountDownLatch latch = held;
        held = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        CountDownLatch latch = held;
        if (latch != null) {
            try {
                latch.await(HOLD_AT_MOST_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
