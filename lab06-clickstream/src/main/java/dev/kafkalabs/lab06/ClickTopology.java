package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickEvent;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.ParsedEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The parts of the 6.3 and 6.4 topologies that are the same: read the click stream as bytes, parse each
 * value, and send the malformed ones to the dead-letter topic with {@link DeadLetterProcessor}. Dead
 * letters are written by the topology itself, so under exactly-once they commit in the same transaction
 * as the counts.
 */
public final class ClickTopology {

    private ClickTopology() {
    }

    /** Every record of {@code topic}, parsed; {@code progress} learns about each one as it comes in. */
    public static KStream<byte[], ParsedEvent> parsedClicks(StreamsBuilder builder, String topic,
                                                             ProcessingProgress progress) {
        return builder.stream(topic, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .peek((key, value) -> progress.record())
                .mapValues(ClickEvents::read);
    }

    /** The valid events among {@code parsed}. */
    public static KStream<byte[], ClickEvent> validEvents(KStream<byte[], ParsedEvent> parsed) {
        return parsed.filter((key, event) -> event.isValid()).mapValues(ParsedEvent::event);
    }

    /** The malformed records among {@code parsed}, unchanged, with the {@link DeadLetters} headers, to {@code topic}. */
    public static void deadLetter(KStream<byte[], ParsedEvent> parsed, String topic) {
        parsed.filterNot((key, event) -> event.isValid())
                .processValues(DeadLetterProcessor::new)
                .to(topic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    }
}
