package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.Waiting;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A call of the student's code that waits (for a producer's verdict, for a job), made on a thread of its
 * own so that a check can act while it waits: interrupt it, or end what it waits for. Once the call has
 * returned, the check reads what it returned, what it threw, and whether its thread was left interrupted.
 *
 * <p>The thread is a daemon: a call that never returns does not keep the check's JVM alive.
 */
public final class BlockingCall<T> {

    private final Thread thread;
    private final AtomicReference<T> value = new AtomicReference<>();
    private final AtomicReference<Throwable> thrown = new AtomicReference<>();
    private final AtomicBoolean interruptedOnReturn = new AtomicBoolean();

    private BlockingCall(String name, Callable<T> call) {
        thread = new Thread(() -> {
            try {
                value.set(call.call());
            } catch (InvocationTargetException e) {
                // A package-private method called by reflection: what it threw is the answer, not the reflection.
                thrown.set(e.getCause());
            } catch (Exception e) {
                thrown.set(e);
            }
            interruptedOnReturn.set(Thread.currentThread().isInterrupted());
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code call} on a thread named {@code name} (the name appears in a thread dump of a stuck check). */
    public static <T> BlockingCall<T> start(String name, Callable<T> call) {
        BlockingCall<T> blocking = new BlockingCall<>(name, call);
        blocking.thread.start();
        return blocking;
    }

    /**
     * Waits until the call has returned, or until its thread waits ({@code WAITING} or {@code TIMED_WAITING})
     * while {@code andThen} holds too (for example: no longer inside a client's own method).
     *
     * @throws Waiting.TimedOut naming {@code what} when neither happens within {@code limit}
     */
    public void awaitReturnedOrWaiting(String what, Duration limit, BooleanSupplier andThen) {
        Waiting.await(what, limit, () -> !isRunning() || waits() && andThen.getAsBoolean());
    }

    /** Waits until the call has returned; {@link Waiting.TimedOut} names {@code what} when it has not within {@code limit}. */
    public void awaitReturned(String what, Duration limit) {
        Waiting.await(what, limit, () -> !isRunning());
    }

    /** Whether the call has yet to return. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Whether the call's thread is now running code of {@code type} (a frame of it on its stack). */
    public boolean isInside(Class<?> type) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(type.getName()));
    }

    /** Interrupts the call's thread. */
    public void interrupt() {
        thread.interrupt();
    }

    /** What the call returned (null while it runs, or when it threw). */
    public T value() {
        return value.get();
    }

    /** What the call threw (null while it runs, or when it returned). */
    public Throwable thrown() {
        return thrown.get();
    }

    /** Whether the call's thread was interrupted when the call returned or threw. */
    public boolean interruptedOnReturn() {
        return interruptedOnReturn.get();
    }

    private boolean waits() {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
