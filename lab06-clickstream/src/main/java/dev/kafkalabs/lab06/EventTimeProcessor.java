package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Gives each event the time it happened (its {@code timestamp} field) as its record timestamp, so that
 * windows downstream are event-time windows, not "when Kafka got it" windows.
 */
public final class EventTimeProcessor<K> implements FixedKeyProcessor<K, ClickEvent, ClickEvent> {

    private FixedKeyProcessorContext<K, ClickEvent> context;

    @Override
    public void init(FixedKeyProcessorContext<K, ClickEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<K, ClickEvent> record) {
        context.forward(record.withTimestamp(record.value().timestamp()));
    }
}
