package dev.kafkalabs.lab07;

/** Exercise 7.4's contract: a group consumer's poll loop, run on its own thread, stopped from another. */
public interface GroupReader extends Runnable, AutoCloseable {

    /** Asks the loop to end; {@link #run()} then returns soon. */
    void stop();

    @Override
    void close();
}
