package dev.kafkalabs.lab08.demo;

import dev.kafkalabs.lab08.Crew;
import dev.kafkalabs.lab08.DeadLetters;
import dev.kafkalabs.lab08.Deliveries;
import dev.kafkalabs.lab08.DemoQueue;
import dev.kafkalabs.lab08.NumberedRecords;
import dev.kafkalabs.lab08.OutcomeHandler;
import dev.kafkalabs.lab08.ProcessingFailedException;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.ShareGroupSettings;
import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.lab08.solution.RetryPolicy;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ./labs run 8.3}: one job whose processing always fails (the poison record) among jobs that work,
 * in a group with a low delivery count limit, handled by exercise 8.3's {@code RetryPolicy} inside 8.2's
 * {@code AcknowledgingConsumer}.
 */
public final class PoisonDemo {

    static final String USAGE = "./labs run 8.3 [--starter] -- [--jobs N] [--poison N] [--limit 2..10]";

    private PoisonDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("jobs", "poison", "limit"), List.of());
        int jobs = (int) args.positive("jobs", 12, 1);
        long poison = args.positive("poison", 5, 0);
        int limit = (int) args.positive("limit", 4, 2);
        if (poison >= jobs) {
            throw new UsageException("--poison must be a job number below --jobs (" + jobs + "), not " + poison
                    + ".\nUsage: " + USAGE);
        }
        if (limit > 10) {
            throw new UsageException("--limit must be at most 10 (the broker's group.share.max.delivery.count.limit),"
                    + " not " + limit + ".\nUsage: " + USAGE);
        }

        DemoQueue queue = DemoQueue.create("lab08-poison", jobs, ShareGroupSettings.deliveryCountLimit(limit));
        System.out.printf("job-%d always fails; every other job works.%n%n", poison);
        Deliveries deliveries = new Deliveries();
        RecordHandler work = record -> {
            int delivery = record.deliveryCount().map(Short::intValue).orElse(1);
            if (NumberedRecords.number(record) == poison) {
                System.out.printf("  %-7s delivery %d -> failed%n", record.value(), delivery);
                throw new ProcessingFailedException(record.value() + " cannot be processed");
            }
            System.out.printf("  %-7s delivery %d -> done%n", record.value(), delivery);
        };
        Map<String, Integer> deadLetters = new ConcurrentHashMap<>();
        DeadLetters noteDeadLetter = (record, failure) -> {
            System.out.printf("  %-7s DEAD LETTER after %d deliveries: %s%n", record.value(),
                    record.deliveryCount().map(Short::intValue).orElse(-1), failure.getMessage());
            deadLetters.put(record.value(), record.deliveryCount().map(Short::intValue).orElse(-1));
        };
        OutcomeHandler policy = Variant.current().instantiate(OutcomeHandler.class, RetryPolicy.class,
                deliveries.recording("consumer", work), limit, noteDeadLetter);
        try (Crew crew = new Crew()) {
            crew.start("consumer", Variant.current().instantiate(QueueWorker.class, AcknowledgingConsumer.class,
                    queue.worker("consumer", 4), policy));
            DemoQueue.awaitDone(() -> deliveries.distinctProcessed() == jobs - 1, crew, Duration.ofSeconds(30));
            // The poison record's last deliveries, and proof that it does not come back.
            deliveries.awaitQuiet(Duration.ofSeconds(2), Duration.ofSeconds(15));
        }
        System.out.printf("%njob-%d was delivered %d times (share.delivery.count.limit = %d); dead letters: %s.%n",
                poison, deliveries.of(poison).size(), limit, deadLetters);
        System.out.printf("The other %d jobs were processed meanwhile: the poison record held nothing up.%n",
                deliveries.distinctProcessed());
    }
}
