package dev.kafkalabs.lab11;

import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.TopicReader;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the malformed records of one input topic from its dead letters, as a reader who knows that
 * Spark's Kafka sink is at-least-once: a dead letter written twice (a batch run again after a crash) has
 * the same source position, and counts once.
 */
final class DeadLetterReader {

    private DeadLetterReader() {
    }

    /** The number of distinct source positions of {@code sourceTopic} among the dead letters in {@code deadLetterTopic}. */
    static long malformedOf(String deadLetterTopic, String sourceTopic) {
        Set<String> positions = new HashSet<>();
        TopicReader.readAll(deadLetterTopic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), letter -> {
            if (sourceTopic.equals(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC_HEADER))) {
                positions.add(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_PARTITION_HEADER) + "@"
                        + DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET_HEADER));
            }
        });
        return positions.size();
    }
}
