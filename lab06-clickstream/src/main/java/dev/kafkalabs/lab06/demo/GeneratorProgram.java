package dev.kafkalabs.lab06.demo;

import dev.kafkalabs.lab06.EventSender;
import dev.kafkalabs.lab06.EventSource;
import dev.kafkalabs.lab06.Pacer;
import dev.kafkalabs.lab06.solution.ClickstreamProducer;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.StopSignal;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.clicks.ClickEvent;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CountTable;
import dev.kafkalabs.support.clicks.CounterOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 6.1 program ({@code ./labs run 6.1}): takes events from the seeded generator or a file, hands each
 * one to the exercise's {@link ClickstreamProducer} (the starter's or the solution's, see {@link Variant}),
 * shows progress, and prints the per-domain counts it sent: the ground truth a correct counter reproduces.
 */
public final class GeneratorProgram {

    static final String USAGE = "./labs run 6.1 -- [--count N | --rate EVENTS_PER_SECOND[/s]] [--seed S] "
            + "[--topic T] [--from-file FILE] [--json]";
    static final long DEFAULT_COUNT = 10_000;
    private static final long SECOND = 1_000_000_000L;

    private GeneratorProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE, List.of("count", "rate", "seed", "topic", "from-file"), List.of("json"));
        String topic = args.value("topic", CounterOptions.TOPIC);
        long seed = args.longValue("seed", 42);
        String file = args.valueOrNull("from-file");
        long rate = rate(args.valueOrNull("rate"));
        boolean endless = rate > 0 && args.valueOrNull("count") == null && file == null;
        long count = endless ? Long.MAX_VALUE : args.positive("count", DEFAULT_COUNT, 1);
        boolean json = args.flag("json");
        PrintStream progressOut = json ? System.err : System.out;

        Topics.ensureExist(ClickTopics.log(topic));
        Map<String, Long> sentPerDomain = new HashMap<>();
        long malformed = 0;
        long sent = 0;
        Pacer pacer = new Pacer(rate);
        progressOut.printf("Sending %s to '%s' at %s ...%n",
                file != null ? "the lines of " + file : endless ? "events (until Ctrl-C)"
                        : String.format("%,d events (seed %d)", count, seed),
                topic, rate > 0 ? rate + " events/s" : "full speed");
        long start = System.nanoTime();
        long nextProgress = start + SECOND;
        StopSignal stop = StopSignal.onCtrlC();
        try (EventSender sender = Variant.current().instantiate(EventSender.class, ClickstreamProducer.class, topic);
             EventSource source = file != null ? EventSource.lines(Path.of(file)) : EventSource.generated(seed, count)) {
            while (source.hasNext() && !stop.requested()) {
                source.next();
                byte[] value = source.value();
                ClickEvent event = source.event() != null ? source.event() : ClickEvents.read(value).event();
                sender.send(value, event);
                sent++;
                if (event != null) {
                    sentPerDomain.merge(event.domain(), 1L, Long::sum);
                } else {
                    malformed++;
                }
                pacer.await(sent);
                if (System.nanoTime() >= nextProgress) {
                    nextProgress += SECOND;
                    progressOut.printf("  sent %,d events (%,d events/s)%n", sent, eventsPerSecond(sent, start));
                }
            }
            sender.awaitDelivery();
        } finally {
            stop.done();
        }
        progressOut.printf("Sent %,d events to '%s' in %.1f s (%,d events/s).%n", sent, topic,
                (System.nanoTime() - start) / 1e9, eventsPerSecond(sent, start));
        CountResult truth = new CountResult(sentPerDomain, malformed);
        if (json) {
            System.out.println(truth.toJson());
        } else {
            System.out.print(CountTable.render("Ground truth (what was sent)", truth, ClickstreamGenerator.DOMAINS.size()));
        }
    }

    private static long rate(String text) {
        if (text == null) {
            return 0;
        }
        try {
            long rate = Long.parseLong(text.replace("/s", "").replace("_", ""));
            if (rate < 1) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new UsageException("--rate must be a number of events per second, like 500 or 500/s, not '"
                    + text + "'.\nUsage: " + USAGE);
        }
    }

    private static long eventsPerSecond(long events, long startNanos) {
        long elapsed = Math.max(1, System.nanoTime() - startNanos);
        return events * SECOND / elapsed;
    }
}
