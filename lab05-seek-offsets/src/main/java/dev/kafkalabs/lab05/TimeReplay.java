package dev.kafkalabs.lab05;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;

/** Lab 5.3's contract: "everything since {@code since}" on every partition the consumer is assigned. */
public interface TimeReplay {

    /**
     * Moves each assigned partition to its first record with a timestamp at or after {@code since}, and
     * returns that offset per partition - or an empty value where no record is that recent (the
     * partition then waits at its end for new records).
     */
    Map<TopicPartition, OptionalLong> replaySince(Instant since);
}
