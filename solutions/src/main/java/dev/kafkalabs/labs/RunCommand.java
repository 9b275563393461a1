package dev.kafkalabs.labs;

import dev.kafkalabs.support.BadEnvironmentException;
import dev.kafkalabs.support.BrokerUnreachableException;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.BrokerProbe;
import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ./labs run ID|FILE [--starter] [--debug] [-- ARGS...]}: runs an exercise's main (FILE: the exercise that
 * source file belongs to, {@link SourceFileExercises}) in this JVM (with {@code --debug}: in a JVM started with a
 * debug agent, {@link DebugAgent}) against
 * <ol>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS} when set,</li>
 *   <li>else a broker already answering at 127.0.0.1:9092 ({@code ./labs broker}, docker compose),</li>
 *   <li>else an embedded broker started for this run, when the program first needs one (so that
 *       {@code --help} and bad arguments start nothing).</li>
 * </ol>
 * The environment (bootstrap list, client config file) is checked before anything starts. A lab whose
 * module lists JVM options ({@link ModuleJvmOptions}) runs in a JVM started with them.
 */
final class RunCommand {

    /** How long Ctrl-C waits for the exercise to shut down before the broker under it stops. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

    private final Catalog catalog;

    RunCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    int run(String[] args) {
        List<String> options = new ArrayList<>();
        String[] programArgs = new String[0];
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                programArgs = Arrays.copyOfRange(args, i + 1, args.length);
                break;
            }
            options.add(args[i]);
        }
        boolean starter = options.remove("--starter");
        boolean debug = options.remove("--debug");
        if (options.size() != 1 || options.get(0).startsWith("-")) {
            throw new UsageException("./labs run needs exactly one exercise id or source file (and optionally --starter, --debug), "
                    + "then -- before the program's own arguments; got " + options + ".");
        }
        Exercise exercise;
        if (SourceFileExercises.isFile(options.get(0))) {
            List<Exercise> candidates = new SourceFileExercises(catalog, LabsHome.current()).of(options.get(0));
            if (candidates.size() > 1) {
                // One program at a time: unlike check and watch, run cannot act on every exercise of a shared file.
                System.err.printf("%s belongs to %d exercises; run one of them by its id:%n", options.get(0), candidates.size());
                candidates.forEach(candidate -> System.err.printf("  ./labs run %s%s    %s%n", candidate.id(),
                        starter ? " --starter" : "", candidate.title()));
                return 2;
            }
            exercise = candidates.get(0);
        } else {
            exercise = catalog.exercise(options.get(0));
        }
        List<String> jvmOptions = ModuleJvmOptions.of(LabsHome.current().module(catalog.labOf(exercise).module()));
        if (debug) {
            // The exercise runs in this JVM: under a debugger it must be a JVM started with the agent.
            DebugAgent debugger = DebugAgent.onFreePort();
            List<String> withAgent = new ArrayList<>(jvmOptions);
            withAgent.add(debugger.jvmOption());
            debugger.announce(System.err, "the program", "Breakpoints hit in the exercise's code.");
            return ModuleJvmOptions.relaunch(withAgent, "run", withoutDebug(args));
        }
        if (ModuleJvmOptions.needsRelaunch(jvmOptions)) {
            return ModuleJvmOptions.relaunch(jvmOptions, "run", args);
        }
        if (!compileChangedSources(catalog.labOf(exercise).module())) {
            return 1;
        }
        Variant variant = starter ? Variant.STARTER : Variant.SOLUTION;
        Class<?> mainClass = exercise.mainClass(variant);
        // A shared runner (and any class it calls) picks the starter or the solution through Variant.current().
        System.setProperty(Variant.PROPERTY, variant.propertyValue());

        return runWithBroker(mainClass, programArgs, String.format("%s %s (%s)", exercise.id(), exercise.title(),
                variant.packageSegment()));
    }

    /**
     * Runs {@code mainClass.main(programArgs)} in this JVM against the broker rule's broker (see the class
     * comment: an embedded one is started on first use when none answers), after one line naming {@code what}
     * runs; returns the exit code, with whatever the program threw reported in one message.
     */
    static int runWithBroker(Class<?> mainClass, String[] programArgs, String what) {
        try {
            KafkaBootstrap.validate();
        } catch (BadEnvironmentException e) {
            System.err.println("✗ " + e.getMessage());
            return 1;
        }
        String configured = KafkaBootstrap.configuredServers();
        if (configured != null) {
            System.err.println("==> Using the Kafka cluster at " + configured + " (KAFKA_BOOTSTRAP_SERVERS)");
            try {
                if (!BrokerProbe.listensAndAnswers(KafkaBootstrap.configuredClientProperties())) {
                    System.err.println("✗ " + KafkaBootstrap.unreachableMessage(configured));
                    return 1;
                }
            } catch (BadEnvironmentException refused) {
                System.err.println("✗ " + refused.getMessage());
                return 1;
            }
        }
        OwnBroker ownBroker = new OwnBroker();
        if (configured == null) {
            ownBroker.useRunningOrStartOnFirstUse();
        }
        System.err.printf("==> %s - %s%n", what, mainClass.getName());
        return runMain(mainClass, programArgs, ownBroker);
    }

    /** {@code args} without this command's own {@code --debug} (the program's arguments after {@code --} are kept). */
    private static String[] withoutDebug(String[] args) {
        List<String> kept = new ArrayList<>();
        boolean programArgs = false;
        for (String arg : args) {
            if (programArgs || !arg.equals("--debug")) {
                kept.add(arg);
            }
            programArgs |= arg.equals("--");
        }
        return kept.toArray(String[]::new);
    }

    /**
     * Compiles the lab's sources saved since they were last compiled (a starter being worked on) into its
     * {@code target/classes}, which comes first on this JVM's class path; false, with the compiler's
     * lines printed, when they do not compile.
     */
    private static boolean compileChangedSources(String module) {
        LabsHome home = LabsHome.current();
        Path classes = home.module(module).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            return true;
        }
        SourceCompiler.Outcome outcome = new SourceCompiler(home.root()).compileStale(
                home.module(module).resolve("src/main/java"), classes, System.getProperty("java.class.path"));
        if (!outcome.ok()) {
            System.err.println("Your code does not compile yet:");
            outcome.errors().forEach(System.err::println);
        }
        return outcome.ok();
    }

    /** The broker at 127.0.0.1:9092 if one answers, else an embedded one started when a client first needs it. */
    private static final class OwnBroker {

        private volatile EmbeddedKafkaBroker started;

        void useRunningOrStartOnFirstUse() {
            if (KafkaBootstrap.isListening(KafkaBootstrap.DEFAULT_SERVERS)
                    && BrokerProbe.answers(KafkaBootstrap.DEFAULT_SERVERS, BrokerProbe.PATIENCE)) {
                System.err.println("==> Using the broker already running at " + KafkaBootstrap.DEFAULT_SERVERS);
                System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, KafkaBootstrap.DEFAULT_SERVERS);
                return;
            }
            KafkaBootstrap.startBrokerOnFirstUse(this::start);
        }

        private String start() {
            long begin = System.nanoTime();
            started = EmbeddedKafkaBroker.start();
            System.err.printf("==> No broker at %s: started an embedded Kafka broker for this run at %s (%d ms).%n"
                            + "    Tip: ./labs broker in another terminal keeps one running between runs.%n",
                    KafkaBootstrap.DEFAULT_SERVERS, started.bootstrapServers(), (System.nanoTime() - begin) / 1_000_000);
            return started.bootstrapServers();
        }

        void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    private static int runMain(Class<?> mainClass, String[] programArgs, OwnBroker ownBroker) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread exercise = new Thread(() -> {
            try {
                MainRunner.run(mainClass, programArgs);
            } catch (Throwable t) {
                // Whatever the exercise throws is reported below, as a TODO, a usage error or a stack trace.
                failure.set(t);
            }
        }, "main-" + mainClass.getSimpleName());
        // On Ctrl-C the exercise's own shutdown hook stops it; the broker must outlive it.
        Thread stopBroker = new Thread(() -> {
            joinQuietly(exercise, SHUTDOWN_GRACE);
            ownBroker.close();
        }, "labs-shutdown");
        Runtime.getRuntime().addShutdownHook(stopBroker);
        exercise.start();
        joinQuietly(exercise, null);
        if (!shuttingDown(stopBroker)) {
            ownBroker.close();
        }
        return report(failure.get());
    }

    /** True when the JVM is already exiting (Ctrl-C); then the hook stops the broker. */
    private static boolean shuttingDown(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }

    private static int report(Throwable failure) {
        if (failure == null) {
            return 0;
        }
        if (failure instanceof UsageException usage) {
            System.err.println(usage.getMessage());
            return usage.helpRequested() ? 0 : 2;
        }
        if (failure instanceof BrokerUnreachableException || failure instanceof BadEnvironmentException) {
            System.err.println("✗ " + failure.getMessage());
            return 1;
        }
        Optional<Throwable> todo = Todo.find(failure);
        if (todo.isPresent()) {
            System.err.println("✗ Not written yet: " + todo.get().getMessage());
            System.err.println("  at " + todo.get().getStackTrace()[0]);
            return 1;
        }
        System.err.println("✗ The exercise failed:");
        // A student's own bug: the stack trace is what points at the line to look at.
        failure.printStackTrace();
        return 1;
    }

    private static void joinQuietly(Thread thread, Duration timeout) {
        try {
            if (timeout == null) {
                thread.join();
            } else {
                thread.join(timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
