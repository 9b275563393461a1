package dev.kafkalabs.lab06.demo;

import dev.kafkalabs.lab06.CountWatcher;
import dev.kafkalabs.lab06.LiveCounter;
import dev.kafkalabs.lab06.solution.DomainCounter;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.CounterProgram;
import java.util.List;

/**
 * The 6.2 program ({@code ./labs run 6.2}): reads the options, creates the topics, runs the exercise's
 * {@link DomainCounter} (the starter's or the solution's, see {@link Variant}) with a {@link CountWatcher}
 * beside it for the running tables and {@code --exit-when-idle}, and prints the final counts.
 */
public final class ConsumerCountProgram {

    static final String USAGE = "./labs run 6.2 -- [--topic T] [--group G] [--dead-letter-topic T] [--from-beginning] "
            + "[--exit-when-idle SECONDS] [--json] [--top N] [--refresh SECONDS]";
    static final String DEFAULT_GROUP = "lab06-domain-counter";

    private ConsumerCountProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE,
                List.of("topic", "group", "dead-letter-topic", "exit-when-idle", "top", "refresh"),
                List.of("from-beginning", "json"));
        CounterOptions options = new CounterOptions().group(DEFAULT_GROUP).read(args);
        Topics.ensureExist(ClickTopics.log(options.topic()), ClickTopics.log(options.deadLetterTopic()));
        LiveCounter counter = Variant.current().instantiate(LiveCounter.class, DomainCounter.class, options);
        try (CountWatcher watcher = CountWatcher.start(counter, options)) {
            CounterProgram.run(counter, options, "Domain counts");
        }
    }
}
