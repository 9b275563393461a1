package dev.kafkalabs.lab04;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A real producer seen through a recorder: how a send mode used it. Counts sends, which callback
 * objects were passed, how often Kafka called them, and how often the code waited on a send's Future
 * (and whether it sent before the previous wait was over).
 */
final class RecordingProducer<K, V> implements InvocationHandler {

    private final Producer<K, V> delegate;
    private final AtomicInteger sends = new AtomicInteger();
    private final AtomicInteger waits = new AtomicInteger();
    private final AtomicInteger callbackCalls = new AtomicInteger();
    private final Set<Callback> callbacks = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile int mostUnansweredAtSend;
    private volatile RuntimeException callbackError;

    private RecordingProducer(Producer<K, V> delegate) {
        this.delegate = delegate;
    }

    static <K, V> RecordingProducer<K, V> recording(Producer<K, V> delegate) {
        return new RecordingProducer<>(delegate);
    }

    @SuppressWarnings("unchecked")
    Producer<K, V> producer() {
        return (Producer<K, V>) Proxy.newProxyInstance(Producer.class.getClassLoader(), new Class<?>[] {Producer.class},
                this);
    }

    int sends() {
        return sends.get();
    }

    /** How many times a Future returned by send was waited on with get(). */
    int waits() {
        return waits.get();
    }

    /** How many times Kafka called a callback passed to send. */
    int callbackCalls() {
        return callbackCalls.get();
    }

    /** The first exception a callback threw (the producer only logs those), or null. */
    RuntimeException callbackError() {
        return callbackError;
    }

    /** The distinct callback objects passed to send (null not counted). */
    int distinctCallbacks() {
        return callbacks.size();
    }

    /** The most sends still not waited for at the moment a new send started (0 when every send was waited on). */
    int mostUnwaitedAtSend() {
        return mostUnansweredAtSend;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (!method.getName().equals("send")) {
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        ProducerRecord<K, V> record = (ProducerRecord<K, V>) args[0];
        Callback callback = args.length > 1 ? (Callback) args[1] : null;
        mostUnansweredAtSend = Math.max(mostUnansweredAtSend, sends.get() - waits.get());
        sends.incrementAndGet();
        Future<RecordMetadata> future;
        if (callback == null) {
            future = delegate.send(record);
        } else {
            callbacks.add(callback);
            future = delegate.send(record, (metadata, exception) -> {
                callbackCalls.incrementAndGet();
                try {
                    callback.onCompletion(metadata, exception);
                } catch (RuntimeException e) {
                    if (callbackError == null) {
                        callbackError = e;
                    }
                    throw e;
                }
            });
        }
        return new WaitCountingFuture(future);
    }

    private final class WaitCountingFuture implements Future<RecordMetadata> {

        private final Future<RecordMetadata> future;

        WaitCountingFuture(Future<RecordMetadata> future) {
            this.future = future;
        }

        @Override
        public RecordMetadata get() throws InterruptedException, ExecutionException {
            try {
                return future.get();
            } finally {
                waits.incrementAndGet();
            }
        }

        @Override
        public RecordMetadata get(long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            try {
                return future.get(timeout, unit);
            } finally {
                waits.incrementAndGet();
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return future.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return future.isCancelled();
        }

        @Override
        public boolean isDone() {
            return future.isDone();
        }
    }
}
