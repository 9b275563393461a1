package dev.kafkalabs.lab11;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab11.solution.WordCount;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.Test;

/** 11.1: the exercise's {@code WordCount} in {@link WordCountQuery}'s query to a topic, run once over what the topic holds. */
@ExerciseCheck("11.1")
class WordCountIT {

    private static final List<String> LINES = List.of("To be, or not to be:", "that is the question.", "To BE or not!");
    private static final Map<String, Long> EXPECTED = Map.of("to", 3L, "be", 3L, "or", 2L, "not", 2L, "that", 1L,
            "is", 1L, "the", 1L, "question", 1L);

    @Test
    void theRunningCountOfEveryWordGoesToTheOutputTopicKeyedByTheWord(TestKafka kafka) throws Exception {
        String input = kafka.createTopic("lab11-words", 1);
        String output = kafka.createTopic("lab11-word-counts", 1);
        SparkChecks.sendLines(kafka, input, LINES);
        WordCountSteps steps = Variant.current().instantiate(WordCountSteps.class, WordCount.class);

        try (TemporaryCheckpoint checkpoint = TemporaryCheckpoint.create("lab11-check")) {
            StreamingQuery query = WordCountQuery.toTopic(steps, SparkSessions.get(), SparkKafka.options(), input, output,
                    checkpoint.of(WordCountQuery.TO_TOPIC), Trigger.AvailableNow());
            assertThat(query.awaitTermination(TimeUnit.MINUTES.toMillis(2)))
                    .as("the query ended after reading what the topic held (Trigger.AvailableNow), within 2 minutes").isTrue();
        }
        List<ConsumerRecord<String, String>> records = SparkChecks.records(kafka, output);

        assertThat(records).as("records in the output topic after the query read the %d lines written before it started: "
                + "none means it started at the end of the topic - a new query starts at its startingOffsets, "
                + "which are 'latest' unless told otherwise", LINES.size()).isNotEmpty();
        assertThat(records).as("the output records' keys: each count must be keyed by its word (the Kafka sink writes "
                        + "only the key and value columns; without a key, no reader or compaction can tell which "
                        + "word a count belongs to)")
                .allSatisfy(record -> assertThat(record.key()).isNotNull());
        Map<String, Long> counts = SparkChecks.latestCounts(records);
        assertThat(counts).as("the latest count of each word in the output topic, for the lines %s (words: letters and "
                + "digits, compared in lower case)%s", LINES, counts.containsKey("") ? ": the empty string was counted "
                + "as a word - splitting on non-word characters leaves an empty string between two of them (and at "
                + "the start of a line that begins with one): drop those" : "").isEqualTo(EXPECTED);
    }
}
