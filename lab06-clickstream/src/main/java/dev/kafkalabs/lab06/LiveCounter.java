package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickCounter;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;

/**
 * 6.2's counter as its program and checks drive it: both the solution and the starter implement it, with
 * a public constructor taking {@link CounterOptions}.
 */
public interface LiveCounter extends ClickCounter {

    /** The counts so far; safe to call from another thread while {@link #run()} is counting. */
    CountResult soFar();
}
