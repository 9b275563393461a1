package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.ParsedEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Kafka Streams step that turns a malformed {@link ParsedEvent} back into its original bytes with the
 * {@link DeadLetters} headers, ready for {@code .to(deadLetterTopic)}. Use it with
 * {@code malformed.processValues(DeadLetterProcessor::new)}.
 */
public final class DeadLetterProcessor implements FixedKeyProcessor<byte[], ParsedEvent, byte[]> {

    private FixedKeyProcessorContext<byte[], byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], ParsedEvent> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow(
                () -> new IllegalStateException("A dead letter must come straight from a source topic"));
        context.forward(record
                .withValue(record.value().raw())
                .withHeaders(DeadLetters.headers(record.headers(), record.value().error(),
                        source.topic(), source.partition(), source.offset())));
    }
}
