package dev.kafkalabs.support.clicks;

import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the counting programs (6.2, 6.3, 6.4, 11.2, 11.3) are told on the command line. Each program reads the
 * options it declares; the others keep their defaults.
 */
public final class CounterOptions {

    public static final String TOPIC = "clickstream";

    private String topic = TOPIC;
    private String deadLetterTopic;
    private String outputTopic;
    private String windowOutputTopic;
    private String group;
    private Path stateDir;
    private boolean fromBeginning;
    private Duration exitWhenIdle;
    private boolean json;
    private int top = 10;
    private Duration refresh = Duration.ofSeconds(2);
    private Duration window = Duration.ofMinutes(1);

    /**
     * Reads every option below from {@code args}; an option that was not given keeps this object's value.
     * Option names: topic, dead-letter-topic, output-topic, window-topic, group, application-id,
     * state-dir, from-beginning, exit-when-idle (seconds), json, top, refresh (seconds), window (seconds).
     */
    public CounterOptions read(Args args) {
        topic = args.value("topic", topic);
        deadLetterTopic = args.value("dead-letter-topic", deadLetterTopic);
        outputTopic = args.value("output-topic", outputTopic);
        windowOutputTopic = args.value("window-topic", windowOutputTopic);
        group = args.value("group", args.value("application-id", group));
        String dir = args.valueOrNull("state-dir");
        if (dir != null) {
            stateDir = Path.of(dir);
        }
        fromBeginning = fromBeginning || args.flag("from-beginning");
        if (args.valueOrNull("exit-when-idle") != null) {
            exitWhenIdle = Duration.ofSeconds(args.positive("exit-when-idle", 0, 1));
        }
        json = json || args.flag("json");
        top = (int) args.positive("top", top, 1);
        refresh = Duration.ofSeconds(args.positive("refresh", refresh.toSeconds(), 1));
        window = Duration.ofSeconds(args.positive("window", window.toSeconds(), 1));
        return this;
    }

    public String topic() {
        return topic;
    }

    public CounterOptions topic(String value) {
        topic = value;
        return this;
    }

    /**
     * Where malformed records go: the {@code --dead-letter-topic}, or else one per application,
     * {@code <group or application id>-dead-letters}, so that its count belongs to this application alone.
     */
    public String deadLetterTopic() {
        return deadLetterTopic != null ? deadLetterTopic : group + "-dead-letters";
    }

    public CounterOptions deadLetterTopic(String value) {
        deadLetterTopic = value;
        return this;
    }

    /** The topic a Streams program writes its results to. */
    public String outputTopic() {
        return outputTopic;
    }

    public CounterOptions outputTopic(String value) {
        outputTopic = value;
        return this;
    }

    /** 6.4: the topic for counts per domain and time window. */
    public String windowOutputTopic() {
        return windowOutputTopic;
    }

    public CounterOptions windowOutputTopic(String value) {
        windowOutputTopic = value;
        return this;
    }

    /** The consumer group (6.2), the Streams {@code application.id} (6.3, 6.4) or the Spark application (11.3). */
    public String group() {
        return group;
    }

    public CounterOptions group(String value) {
        group = value;
        return this;
    }

    /** Where Kafka Streams keeps its local state (6.3; {@code null}: Kafka's default under the temp directory), or Spark its checkpoints (11.3). */
    public Path stateDir() {
        return stateDir;
    }

    public CounterOptions stateDir(Path value) {
        stateDir = value;
        return this;
    }

    /** Count the whole topic, not only what arrives from now on. */
    public boolean fromBeginning() {
        return fromBeginning;
    }

    public CounterOptions fromBeginning(boolean value) {
        fromBeginning = value;
        return this;
    }

    /** Stop once no record arrived for this long; {@code null} means run until stopped. */
    public Duration exitWhenIdle() {
        return exitWhenIdle;
    }

    public CounterOptions exitWhenIdle(Duration value) {
        exitWhenIdle = value;
        return this;
    }

    /** Print the final result as one JSON object on stdout and nothing else there. */
    public boolean json() {
        return json;
    }

    public CounterOptions json(boolean value) {
        json = value;
        return this;
    }

    /** How many domains a table shows. */
    public int top() {
        return top;
    }

    public CounterOptions top(int value) {
        top = value;
        return this;
    }

    /** How often the running table is printed. */
    public Duration refresh() {
        return refresh;
    }

    public CounterOptions refresh(Duration value) {
        refresh = value;
        return this;
    }

    /** 6.4: the size of a time window. */
    public Duration window() {
        return window;
    }

    public CounterOptions window(Duration value) {
        window = value;
        return this;
    }
}
