package dev.kafkalabs.lab08.demo;

import dev.kafkalabs.lab08.Crew;
import dev.kafkalabs.lab08.Deliveries;
import dev.kafkalabs.lab08.DemoQueue;
import dev.kafkalabs.lab08.NumberedRecords;
import dev.kafkalabs.lab08.Outcome;
import dev.kafkalabs.lab08.OutcomeHandler;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.ShareGroupSettings;
import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./labs run 8.2}: exercise 8.2's {@code AcknowledgingConsumer} with a handler that finishes most
 * jobs, asks to try every fourth job (1, 5, 9, ...) again later once, and finds every fourth job
 * (2, 6, 10, ...) unprocessable. Each delivery is printed with its delivery count.
 */
public final class AcknowledgementDemo {

    static final String USAGE = "./labs run 8.2 [--starter] -- [--jobs N]";

    private AcknowledgementDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("jobs"), List.of());
        int jobs = (int) args.positive("jobs", 12, 1);

        DemoQueue queue = DemoQueue.create("lab08-acks", jobs, ShareGroupSettings.none());
        System.out.printf("Every fourth job from job-1 on: TRY_AGAIN_LATER on its first delivery; every fourth "
                + "from job-2 on: UNPROCESSABLE; the others: DONE.%n%n");
        Deliveries deliveries = new Deliveries();
        OutcomeHandler handler = record -> {
            long job = NumberedRecords.number(record);
            int delivery = record.deliveryCount().map(Short::intValue).orElse(1);
            Outcome outcome = job % 4 == 2 ? Outcome.UNPROCESSABLE
                    : job % 4 == 1 && delivery == 1 ? Outcome.TRY_AGAIN_LATER : Outcome.DONE;
            System.out.printf("  %-7s delivery %d -> %s%n", record.value(), delivery, outcome);
            return outcome;
        };
        long expectedDeliveries = jobs + (jobs + 2) / 4;
        try (Crew crew = new Crew()) {
            crew.start("consumer", Variant.current().instantiate(QueueWorker.class, AcknowledgingConsumer.class,
                    queue.worker("consumer", 4), deliveries.recordingOutcomes("consumer", handler)));
            DemoQueue.awaitDone(() -> deliveries.size() >= expectedDeliveries, crew, Duration.ofSeconds(30));
            // What does not come back: watch a little longer.
            deliveries.awaitQuiet(Duration.ofSeconds(2), Duration.ofSeconds(10));
        }
        System.out.printf("%n%d deliveries for %d jobs (%d expected: one per job, plus one more for each job that "
                + "was tried again).%n", deliveries.size(), jobs, expectedDeliveries);
        System.out.println("The TRY_AGAIN_LATER jobs came back with delivery count 2; the UNPROCESSABLE ones never"
                + " came back.");
    }
}
