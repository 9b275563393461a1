package dev.kafkalabs.lab05;

import org.apache.kafka.common.TopicPartition;

/** Lab 5.5's contract: reads a partition's offsets from the consumer and from the broker. */
public interface OffsetInspector {

    OffsetSnapshot inspect(TopicPartition partition);
}
