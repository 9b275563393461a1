package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickCounter;
import java.util.Properties;
import org.apache.kafka.streams.Topology;

/** A Kafka Streams counting program (6.3, 6.4): its configuration and topology can be tested on their own. */
public interface StreamsApp extends ClickCounter {

    Properties streamsConfig();

    Topology topology();
}
