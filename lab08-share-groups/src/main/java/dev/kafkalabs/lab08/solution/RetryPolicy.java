package dev.kafkalabs.lab08.solution;

import dev.kafkalabs.lab08.DeadLetters;
import dev.kafkalabs.lab08.Outcome;
import dev.kafkalabs.lab08.OutcomeHandler;
import dev.kafkalabs.lab08.ProcessingFailedException;
import dev.kafkalabs.lab08.RecordHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Lab 8.3 - what to do when processing fails: try again on a later delivery, but not forever. A record
 * that still fails on its last allowed delivery is a poison record: note it as a dead letter and have it
 * archived, so that the rest of the queue flows on.
 * It runs inside your 8.2 {@code AcknowledgingConsumer}, which runs your 8.1 code: do those first.
 */
public final class RetryPolicy implements OutcomeHandler {

    private final RecordHandler handler;
    private final int maxDeliveries;
    private final DeadLetters deadLetters;

    /**
     * @param maxDeliveries the group's {@code share.delivery.count.limit}: after this many deliveries the
     *                      broker would archive the record anyway
     */
    public RetryPolicy(RecordHandler handler, int maxDeliveries, DeadLetters deadLetters) {
        this.handler = handler;
        this.maxDeliveries = maxDeliveries;
        this.deadLetters = deadLetters;
    }

    @Override
    public Outcome handle(ConsumerRecord<String, String> record) {
        try {
            handler.handle(record);
            return Outcome.DONE;
        } catch (ProcessingFailedException failure) {
            // deliveryCount() is 1 on the first delivery and rises with every redelivery.
            int delivery = record.deliveryCount().map(Short::intValue).orElse(1);
            if (delivery < maxDeliveries) {
                return Outcome.TRY_AGAIN_LATER;
            }
            deadLetters.giveUp(record, failure);
            return Outcome.UNPROCESSABLE;
        }
    }
}
