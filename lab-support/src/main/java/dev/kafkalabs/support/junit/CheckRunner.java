package dev.kafkalabs.support.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.kafkalabs.support.BrokerUnreachableException;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a lab module's checks in this JVM through the JUnit Platform launcher, against one broker for
 * the whole run: the same checks {@code ./mvnw verify} runs, without Maven's start-up and forks.
 *
 * <pre>
 * CheckRunner checks  --variant starter|solution|mutant:NAME [--exercise ID]... [--time-limit SECONDS] [--first-failure]
 * CheckRunner mutants [--exercise ID]... [--part K/N] [--time-limit SECONDS] [--sweep] [--starter-fails] [--first-check EXERCISE/MUTANT=CHECK_ID]...
 * CheckRunner standby
 * </pre>
 *
 * {@code checks} prints one line per check on its standard output when the run is done
 * ({@link CheckResult#toLine()}), among the checks' own output: a launcher reads those lines back and
 * logs the rest. With {@code --first-failure}, each exercise's checks stop at its first failure (the
 * checks not yet started are skipped): enough to show that an untouched starter fails.
 * {@code mutants} runs each exercise's checks against each of its {@link Mutant}s and {@link Alternative}s
 * (then its checks that {@code ./mvnw verify} leaves out against the solution: {@link ExerciseCheck#NOT_IN_VERIFY}),
 * prints one line per mutant and per alternative, and exits 0 only when every mutant is rejected with a
 * message that names its misconception, every alternative passes every check, and every exercise has at
 * least {@link #MUTANTS_PER_EXERCISE} mutants and {@link #ALTERNATIVES_PER_EXERCISE} alternative. A mutant's run stops at the first failure that names its
 * misconception (the checks not yet started are skipped). {@code --sweep} judges only the variants it was
 * given (no quota) and also prints one line per mutant and alternative, {@value #VERDICT_PREFIX} then
 * {@code EXERCISE<tab>NAME<tab>VERDICT<tab>SECONDS}, for a program to read ({@code ./labs sweep}).
 * {@code --first-check} names the check (its JUnit unique id) that rejected a mutant last time: it runs first,
 * alone, and the mutant's other checks run only when it does not reject the mutant any more. For each mutant
 * rejected, {@code mutants} prints {@value #FIRST_CHECK_PREFIX} then {@code EXERCISE<tab>NAME<tab>CHECK_ID},
 * the check that rejected it, for the next run ({@code ./labs check --mutants} keeps them). After each exercise it prints
 * {@value #EXERCISE_PREFIX} then {@code EXERCISE<tab>SECONDS<tab>DEFECTS}: a launcher that runs several short exercises
 * in one JVM reads each one's time and verdict from them.
 * {@code --part K/N} judges only the K-th of N shares of each exercise's variants (every N-th, from the K-th), so
 * that an exercise with many slow variants can be spread over N JVMs side by side; the quotas are checked in part 1,
 * the solution's run of the checks verify leaves out happens in part N. {@code --starter-fails}: then, in part N too, the
 * exercise's untouched starter must fail its checks (any failure will do, as for {@code checks --first-failure}).
 * Run it with the module's test class path.
 *
 * <p>{@code standby} is for the student loop ({@code ./labs check ID}, {@code ./labs watch}): it loads the
 * test engine and the Kafka clients (and finds a configured broker), then waits for one line on its
 * standard input (the arguments of a {@code checks} run, separated by tabs) and runs it. The lab's own
 * classes are loaded only then, so a starter compiled while the JVM waited is the one checked; the JVM's
 * start-up is paid while the launcher compiles, or while the student edits.
 *
 * <p>Every check runs in a thread of its own and fails when it takes longer than its time limit
 * ({@value #DEFAULT_TIME_LIMIT_SECONDS} s unless {@code --time-limit} says otherwise), so that a starter
 * that hangs ends with a clear message instead of a run that never ends.
 */
public final class CheckRunner {

    public static final int MUTANTS_PER_EXERCISE = 3;
    /** A check that rejects a correct answer written another way is a defect too: each exercise proves it does not. */
    public static final int ALTERNATIVES_PER_EXERCISE = 1;
    /** The verdict on a mutant the checks rejected with a message that names its misconception. */
    public static final String REJECTED = "rejected";
    private static final String ACCEPTED = "accepted";
    /** Starts every verdict line of a {@code --sweep} run. */
    public static final String VERDICT_PREFIX = "labs-verdict\t";
    /** Starts the line that names the check that rejected a mutant, for the next run to start with. */
    public static final String FIRST_CHECK_PREFIX = "labs-first-check\t";
    /** Printed by {@code mutants} after each exercise: {@code EXERCISE<tab>SECONDS<tab>DEFECTS} (several share a JVM). */
    public static final String EXERCISE_PREFIX = "labs-exercise\t";
    /** A wrong answer may hang (a consumer that never wakes up): no check runs longer than this. */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 180;

    private CheckClasses classes;
    /** The broker found while on standby, if any. */
    private RunningBroker broker;
    private int timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS;
    /** {@code mutants --starter-fails}: each exercise's untouched starter must fail its checks too (in part N). */
    private boolean starterFails;
    /** A sweep's run: verdict lines for a program to read, and no quota of mutants and alternatives. */
    private boolean sweep;
    /** Each exercise's checks stop at its first failure. */
    private boolean firstFailure;
    /** Which share of each exercise's variants this run judges ({@code --part K/N}): the K-th of N, 1-based. */
    private int part = 1;
    private int parts = 1;
    /** {@code EXERCISE/MUTANT} to the unique id of the check that rejected that mutant last time. */
    private final Map<String, String> firstChecks = new HashMap<>();

    public static void main(String[] argv) {
        int exit;
        try {
            exit = new CheckRunner().run(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            exit = 2;
        } catch (BrokerUnreachableException e) {
            System.err.println(e.getMessage());
            exit = 3;
        }
        System.out.flush();
        // halt skips the shutdown hooks: the clusters' (lab 7's Kafka, lab 11's Spark) would have stopped their
        // nodes and deleted their data.
        SharedResources.closeAll();
        // The broker's and clients' non-daemon threads must not keep the JVM alive.
        Runtime.getRuntime().halt(exit);
    }

    private int run(String[] argv) {
        if (argv.length == 0) {
            throw new IllegalArgumentException("Usage: CheckRunner checks|mutants|standby [options]");
        }
        if (argv[0].equals("standby")) {
            // A configured broker is found (and its client classes loaded) before the student saves.
            RunningBroker early = KafkaBootstrap.configuredServers() != null ? sharedBroker() : null;
            String[] arguments = awaitArguments();
            broker = early;
            return run(arguments);
        }
        List<String> exercises = new ArrayList<>();
        String variant = Variant.SOLUTION.propertyValue();
        for (int i = 1; i < argv.length; i++) {
            String option = argv[i];
            if (option.equals("--sweep") || option.equals("--first-failure") || option.equals("--starter-fails")) {
                sweep |= option.equals("--sweep");
                firstFailure |= option.equals("--first-failure");
                starterFails |= option.equals("--starter-fails");
                continue;
            }
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = argv[++i];
            switch (option) {
                case "--exercise" -> exercises.add(value);
                case "--variant" -> variant = value;
                case "--time-limit" -> timeLimitSeconds = positive(option, value);
                case "--part" -> part(value);
                case "--first-check" -> {
                    int equals = value.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--first-check needs EXERCISE/MUTANT=CHECK_ID, not " + value);
                    }
                    firstChecks.put(value.substring(0, equals), value.substring(equals + 1));
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        classes = CheckClasses.onClassPath();
        List<String> selected = exercises.isEmpty() ? classes.exercises() : exercises;
        try (RunningBroker shared = broker != null ? broker : sharedBroker()) {
            return switch (argv[0]) {
                case "checks" -> {
                    printChecks(selected, Variant.parse(variant));
                    yield 0;
                }
                case "mutants" -> runMutants(selected);
                default -> throw new IllegalArgumentException("Unknown command " + argv[0] + ": checks or mutants");
            };
        }
    }

    /**
     * Loads what every run needs (the test engine, the Kafka clients) but none of the lab's classes,
     * then returns the arguments of the run from the first line on standard input.
     */
    private static String[] awaitArguments() {
        LauncherFactory.create();
        for (String type : List.of("org.apache.kafka.clients.producer.KafkaProducer",
                "org.apache.kafka.clients.consumer.KafkaConsumer", "org.apache.kafka.clients.admin.Admin",
                "org.assertj.core.api.Assertions")) {
            try {
                Class.forName(type, true, CheckRunner.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a warm-up: a library the lab does not use is simply not loaded.
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new IllegalArgumentException("standby: no run was asked for");
            }
            return line.split("\t");
        } catch (IOException e) {
            throw new UncheckedIOException("standby: cannot read the run's arguments", e);
        }
    }

    /** {@code K/N}, 1 <= K <= N. */
    private void part(String value) {
        String[] numbers = value.split("/");
        if (numbers.length == 2) {
            part = positive("--part", numbers[0]);
            parts = positive("--part", numbers[1]);
            if (part <= parts) {
                return;
            }
        }
        throw new IllegalArgumentException("--part needs K/N with 1 <= K <= N, not " + value);
    }

    /** Whether the variant at {@code index} of an exercise's variants (its mutants, then its alternatives) is this part's. */
    private boolean inPart(int index) {
        return index % parts == part - 1;
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, not " + value);
    }

    /** The broker every execution shares: the configured one, or one started here for the whole run. */
    private static RunningBroker sharedBroker() {
        RunningBroker broker = Brokers.acquire();
        Brokers.publish(broker);
        return broker;
    }

    /** Runs the exercises' checks against {@code variant} and prints their outcomes, a line each. */
    private void printChecks(List<String> exercises, Variant variant) {
        List<CheckResult> results = new ArrayList<>();
        if (firstFailure) {
            exercises.forEach(exercise -> results.addAll(runChecks(selectorsOf(List.of(exercise)), variant, failure -> true)
                    .results()));
        } else {
            results.addAll(runChecks(selectorsOf(exercises), variant, failure -> false).results());
        }
        System.out.flush();
        results.forEach(result -> System.out.println(result.toLine()));
    }

    /** Every check class of the exercises. */
    private List<DiscoverySelector> selectorsOf(List<String> exercises) {
        return exercises.stream().flatMap(id -> classes.checksOf(id).stream()).<DiscoverySelector>map(type -> selectClass(type))
                .toList();
    }

    /** What an exercise's checks said about one variant, how long they took, and the check whose failure ended the run. */
    private record Run(List<CheckResult> results, long seconds, String stoppedBy) {

        List<CheckResult> failures() {
            return results.stream().filter(CheckResult::failed).toList();
        }
    }

    /**
     * Runs the selected checks against {@code variant} and returns their outcomes; stops at the first failure
     * whose message {@code stopAt} accepts: the checks not yet started are skipped (the one running finishes).
     */
    private Run runChecks(List<DiscoverySelector> selectors, Variant variant, Predicate<String> stopAt) {
        return runChecks(selectors, List.of(), variant, stopAt);
    }

    /** As {@link #runChecks(List, Variant, Predicate)}, only the checks that {@code filters} keep. */
    private Run runChecks(List<DiscoverySelector> selectors, List<PostDiscoveryFilter> filters, Variant variant,
            Predicate<String> stopAt) {
        long start = System.nanoTime();
        if (selectors.isEmpty()) {
            return new Run(List.of(), 0, null);
        }
        System.setProperty(Variant.PROPERTY, variant.propertyValue());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(filters.toArray(PostDiscoveryFilter[]::new))
                .configurationParameter("junit.jupiter.execution.timeout.default", timeLimitSeconds + " s")
                // A check that hangs is abandoned in its own thread; the run goes on and reports it.
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .build();
        CancellationToken stop = CancellationToken.create();
        AtomicReference<String> stoppedBy = new AtomicReference<>();
        TestExecutionListener stopper = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED && result.getThrowable()
                        .map(CheckRecorder::describe).filter(stopAt).isPresent()) {
                    stoppedBy.compareAndSet(null, identifier.getUniqueId());
                    stop.cancel();
                }
            }
        };
        CheckRecorder recorder = new CheckRecorder();
        LauncherFactory.create().execute(LauncherExecutionRequestBuilder.request(request).listeners(recorder, stopper)
                .cancellationToken(stop).build());
        return new Run(recorder.results(), (System.nanoTime() - start) / 1_000_000_000, stoppedBy.get());
    }

    private int runMutants(List<String> exercises) {
        int defects = 0;
        List<String> table = new ArrayList<>();
        // A sweep's run judges the variants it was given; the exercise's own quota is not its business.
        for (String exercise : exercises) {
            long start = System.nanoTime();
            int defectsBefore = defects;
            List<CheckClasses.MutantInfo> mutants = classes.mutants().stream()
                    .filter(mutant -> mutant.exercise().equals(exercise)).toList();
            List<CheckClasses.AlternativeInfo> alternatives = classes.alternatives().stream()
                    .filter(candidate -> candidate.exercise().equals(exercise)).toList();
            boolean quotas = !sweep && part == 1;
            if (quotas && mutants.size() < MUTANTS_PER_EXERCISE) {
                System.out.printf("DEFECT %-5s has %d mutant(s); every exercise needs at least %d wrong answers to reject.%n",
                        exercise, mutants.size(), MUTANTS_PER_EXERCISE);
                table.add(String.format("  %-6s %-32s ✗ only %d of the %d wrong answers needed", exercise, "-",
                        mutants.size(), MUTANTS_PER_EXERCISE));
                defects++;
            }
            for (int i = 0; i < mutants.size(); i++) {
                if (!inPart(i)) {
                    continue;
                }
                CheckClasses.MutantInfo mutant = mutants.get(i);
                String verdict = judge(mutant);
                if (!verdict.equals(REJECTED)) {
                    defects++;
                }
                table.add(String.format("  %-6s %-32s %s %s", exercise, mutant.name(),
                        verdict.equals(REJECTED) ? "✓" : "✗", verdict));
            }
            if (quotas && alternatives.size() < ALTERNATIVES_PER_EXERCISE) {
                System.out.printf("DEFECT %-5s has %d alternative(s); every exercise needs at least %d correct answer "
                        + "written another way to accept.%n", exercise, alternatives.size(), ALTERNATIVES_PER_EXERCISE);
                table.add(String.format("  %-6s %-32s ✗ no correct alternative", exercise, "-"));
                defects++;
            }
            for (int i = 0; i < alternatives.size(); i++) {
                if (!inPart(mutants.size() + i)) {
                    continue;
                }
                CheckClasses.AlternativeInfo alternative = alternatives.get(i);
                String verdict = judge(alternative);
                if (!verdict.equals(ACCEPTED)) {
                    defects++;
                }
                table.add(String.format("  %-6s %-32s %s %s", exercise, "(correct) " + alternative.name(),
                        verdict.equals(ACCEPTED) ? "✓" : "✗", verdict));
            }
            // Last: the wrong answers' runs have started what these checks share (11.4's Spark cluster), and the
            // run's busiest minute, when every exercise's JVM starts at once, is over (first, 11.4's cluster job
            // took 130 s in a CI run instead of about 20).
            String verdict = sweep || part < parts ? null : judgeSolutionOutsideVerify(exercise);
            if (verdict != null) {
                defects += verdict.equals(ACCEPTED) ? 0 : 1;
                table.add(String.format("  %-6s %-32s %s %s", exercise, "(the solution, outside verify)",
                        verdict.equals(ACCEPTED) ? "✓" : "✗", verdict));
            }
            // After everything else: a starter that fails half-way may leave what its checks started behind it.
            if (starterFails && !sweep && part == parts) {
                String starter = judgeStarter(exercise);
                defects += starter.equals(REJECTED) ? 0 : 1;
                table.add(String.format("  %-6s %-32s %s %s", exercise, "(the untouched starter)",
                        starter.equals(REJECTED) ? "✓" : "✗", starter));
            }
            System.out.println(EXERCISE_PREFIX + String.join("\t", exercise,
                    String.valueOf((System.nanoTime() - start) / 1_000_000_000), String.valueOf(defects - defectsBefore)));
        }
        System.out.printf("%n  %-6s %-32s %s%n", "ex.", "mutant (wrong answer)", "verdict of the checks");
        table.forEach(System.out::println);
        System.out.printf("%n%d problem(s) with the mutants and alternatives of %s.%n", defects,
                String.join(", ", exercises));
        return defects == 0 ? 0 : 1;
    }

    /** Runs the mutant's exercise checks against it and prints what they said; returns the verdict. */
    private String judge(CheckClasses.MutantInfo mutant) {
        String expected = mutant.annotation().failureMentions().toLowerCase(Locale.ROOT);
        // A failure that names the misconception is the verdict: the checks after it would only cost time.
        Predicate<String> names = message -> message.toLowerCase(Locale.ROOT).contains(expected);
        Variant variant = Variant.mutant(mutant.name());
        String firstCheck = firstChecks.get(mutant.exercise() + "/" + mutant.name());
        Run first = firstCheck == null ? null : runChecks(List.of(selectUniqueId(firstCheck)), variant, names);
        Run run = first != null && first.stoppedBy() != null ? first
                : runChecks(selectorsOf(List.of(mutant.exercise())), variant, names);
        List<CheckResult> results = run.results();
        long seconds = run.seconds() + (first != null && run != first ? first.seconds() : 0);
        List<CheckResult> failures = run.failures();
        CheckResult naming = failures.stream()
                .filter(failure -> failure.message().toLowerCase(Locale.ROOT).contains(expected))
                .findFirst().orElse(null);
        String verdict;
        String detail;
        if (results.isEmpty()) {
            verdict = "NO CHECKS";
            detail = "no check of " + mutant.exercise() + " ran";
        } else if (failures.isEmpty()) {
            verdict = "SURVIVED";
            detail = "all " + results.size() + " checks pass on this wrong answer";
        } else if (naming == null) {
            verdict = "UNNAMED";
            detail = "rejected, but no failure message mentions \"" + mutant.annotation().failureMentions()
                    + "\"; first: " + firstLine(failures.get(0));
        } else {
            verdict = REJECTED;
            detail = firstLine(naming);
        }
        System.out.printf("%s %-5s %-30s %-9s %3d s%n        misconception: %s%n        %s%n",
                naming != null ? "✓" : "✗", mutant.exercise(), mutant.name(), verdict, seconds,
                mutant.annotation().misconception(), detail);
        recordVerdict(mutant.exercise(), mutant.name(), verdict, seconds);
        if (run.stoppedBy() != null) {
            System.out.println(FIRST_CHECK_PREFIX + String.join("\t", mutant.exercise(), mutant.name(), run.stoppedBy()));
        }
        return verdict;
    }

    /**
     * Runs the exercise's checks that {@code ./mvnw verify} leaves out ({@link ExerciseCheck#NOT_IN_VERIFY}) against
     * the solution, on the shared resources (11.4's Spark cluster) that served its wrong answers: CI proves here that
     * the solution passes them. Returns the verdict, null when the exercise has no such check.
     */
    private String judgeSolutionOutsideVerify(String exercise) {
        Run run = runChecks(selectorsOf(List.of(exercise)), List.of(TagFilter.includeTags(ExerciseCheck.NOT_IN_VERIFY)),
                Variant.SOLUTION, message -> false);
        return run.results().isEmpty() ? null : judgeCorrect(exercise, "(solution)",
                "the checks ./mvnw verify leaves out (tag " + ExerciseCheck.NOT_IN_VERIFY + ")", run);
    }

    /**
     * Runs the exercise's checks against its untouched starter to their first failure, and prints it: a check that
     * passes on the starter checks nothing a student writes. Returns {@value #REJECTED} when one fails.
     */
    private String judgeStarter(String exercise) {
        Run run = runChecks(selectorsOf(List.of(exercise)), Variant.STARTER, message -> true);
        List<CheckResult> failures = run.failures();
        String verdict;
        String detail;
        if (run.results().isEmpty()) {
            verdict = "NO CHECKS";
            detail = "no check of " + exercise + " ran";
        } else if (failures.isEmpty()) {
            verdict = "PASSED";
            detail = "all " + run.results().size() + " checks pass on the untouched starter: they check nothing a student writes";
        } else {
            verdict = REJECTED;
            detail = firstLine(failures.get(0));
        }
        System.out.printf("%s %-5s %-30s %-9s %3d s%n        the untouched starter must fail its checks%n        %s%n",
                verdict.equals(REJECTED) ? "✓" : "✗", exercise, "(starter)", verdict, run.seconds(), detail);
        return verdict;
    }

    /**
     * Runs the alternative's exercise checks against it and prints what they said; returns the verdict:
     * {@value #ACCEPTED} when every check passes.
     */
    private String judge(CheckClasses.AlternativeInfo alternative) {
        Run run = runChecks(selectorsOf(List.of(alternative.exercise())), Variant.alternative(alternative.name()),
                message -> false);
        return judgeCorrect(alternative.exercise(), alternative.name(),
                "correct, written another way: " + alternative.annotation().differs(), run);
    }

    /** Prints what {@code run}'s checks said about a correct answer ({@code name}, {@code what} it is); returns the verdict. */
    private String judgeCorrect(String exercise, String name, String what, Run run) {
        List<CheckResult> results = run.results();
        List<CheckResult> failures = run.failures();
        String verdict;
        String detail;
        if (results.isEmpty()) {
            verdict = "NO CHECKS";
            detail = "no check of " + exercise + " ran";
        } else if (!failures.isEmpty()) {
            verdict = "REJECTED A CORRECT ANSWER";
            detail = firstLine(failures.get(0));
        } else {
            verdict = ACCEPTED;
            detail = "all " + results.size() + " checks pass";
        }
        System.out.printf("%s %-5s %-30s %-9s %3d s%n        %s%n        %s%n",
                verdict.equals(ACCEPTED) ? "✓" : "✗", exercise, name, verdict, run.seconds(), what, detail);
        recordVerdict(exercise, name, verdict, run.seconds());
        return verdict;
    }

    private void recordVerdict(String exercise, String name, String verdict, long seconds) {
        if (sweep) {
            System.out.println(VERDICT_PREFIX + String.join("	", exercise, name, verdict, String.valueOf(seconds)));
        }
    }

    private static String firstLine(CheckResult result) {
        String message = result.message().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return result.checkName() + ": " + (line.length() > 300 ? line.substring(0, 300) + " ..." : line);
    }

}
