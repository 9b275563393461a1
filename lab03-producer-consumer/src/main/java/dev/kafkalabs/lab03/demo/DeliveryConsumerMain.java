package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.StopSignal;
import dev.kafkalabs.lab03.solution.AtLeastOnceConsumer;
import dev.kafkalabs.lab03.solution.AtMostOnceConsumer;
import dev.kafkalabs.lab03.solution.AutoCommitConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Runs one of the crash exercises' consumers (3.4 auto-commit, 3.5 at-least-once, 3.7 at-most-once; the
 * starter's or a mutant's with {@code -Dlab.variant}) as its own program, so that a drill can kill it for
 * real: the numbered events of {@code --topic} are processed into the {@code --processed} file until the
 * {@code --stop-file} appears (or the process dies).
 */
public final class DeliveryConsumerMain {

    /** Which exercise's consumer runs. */
    public enum Guarantee {
        AUTO_COMMIT(AutoCommitConsumer.class),
        AT_LEAST_ONCE(AtLeastOnceConsumer.class),
        AT_MOST_ONCE(AtMostOnceConsumer.class);

        private final Class<? extends DeliveryConsumer> solution;

        Guarantee(Class<? extends DeliveryConsumer> solution) {
            this.solution = solution;
        }

        /** The value of {@code --guarantee}: {@code auto-commit}, {@code at-least-once}, {@code at-most-once}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The exercise's consumer of the current variant. */
        public DeliveryConsumer create() {
            return Variant.current().instantiate(DeliveryConsumer.class, solution);
        }
    }

    static final String USAGE = "DeliveryConsumerMain --guarantee auto-commit|at-least-once|at-most-once "
            + "--topic TOPIC --group GROUP --processed FILE [--stop-file FILE] [--work-ms N]";

    private DeliveryConsumerMain() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("guarantee", "topic", "group", "processed", "stop-file", "work-ms"),
                List.of());
        Guarantee guarantee = guarantee(args.required("guarantee"));
        String topic = args.required("topic");
        String group = args.required("group");
        Path processedFile = Path.of(args.required("processed"));
        String stopFile = args.valueOrNull("stop-file");
        StopSignal stop = stopFile == null ? StopSignal.never() : StopSignal.whenFileExists(Path.of(stopFile));
        Duration work = Duration.ofMillis(args.positive("work-ms", 10, 0));

        DeliveryConsumer exercise = guarantee.create();
        Properties props = DrillConsumers.settings(group);
        exercise.configure(props);
        try (ProcessedLog log = ProcessedLog.open(processedFile);
             KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            exercise.consume(consumer, topic, DrillConsumers.handler(log, work), stop);
        }
        System.out.println("Stopped; the consumer is closed.");
    }

    static Guarantee guarantee(String option) {
        return Arrays.stream(Guarantee.values()).filter(guarantee -> guarantee.option().equals(option)).findFirst()
                .orElseThrow(() -> new UsageException("--guarantee must be one of "
                        + Arrays.stream(Guarantee.values()).map(Guarantee::option).collect(Collectors.joining(", "))
                        + ", not '" + option + "'.\nUsage: " + USAGE));
    }
}
