package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.GreetingSender;
import dev.kafkalabs.lab03.solution.SimpleProducer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.util.List;

/** Runs exercise 3.1 (your {@code SimpleProducer} with {@code --starter}): {@code --count} greetings to a topic. */
public final class SendGreetings {

    static final String USAGE = "SendGreetings [--topic TOPIC] [--count N]";

    private SendGreetings() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("topic", "count"), List.of());
        String topic = args.value("topic", "lab03-simple");
        long count = args.positive("count", 10, 1);

        Variant.current().instantiate(GreetingSender.class, SimpleProducer.class).send(topic, count);
        System.out.printf("Sent %d records to '%s' (keys 0..%d).%n", count, topic, Math.min(count, 5) - 1);
    }
}
