package dev.kafkalabs.lab04.starter;

import dev.kafkalabs.lab04.bench.SendModesBenchmarkRunner;

/**
 * Lab 4.1 - the send modes benchmark: {@code ./labs run 4.1 -- [--records N] [--size BYTES]
 * [--acks 0|1|all] [--runs R] [--sync-records N] [--csv FILE]}. Times this package's three send
 * modes, and Kafka's ProducerPerformance beside them.
 */
public final class SendModesBenchmark {

    private SendModesBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        SendModesBenchmarkRunner.run(argv, new FireAndForgetMode(), new SyncMode(), new AsyncMode());
    }
}
