package dev.kafkalabs.labs;

import dev.kafkalabs.support.BadEnvironmentException;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.junit.CheckResult;
import dev.kafkalabs.support.junit.CheckRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code ./labs check [LAB|ID|FILE] [--solution] [--debug] [--expect-fail] [--mutants [--jobs N]]}: runs a lab's checks
 * (the same ones {@code ./mvnw verify} runs against the solutions) against the starter code, and prints one
 * line per exercise. A source file stands for the exercises it belongs to ({@link SourceFileExercises}).
 * Every path runs the checks the same way ({@link ExerciseChecks}: only what changed is compiled, Maven only
 * when the checks must be built, the checks in a {@link CheckJvm}); every lab at once runs one JVM per lab,
 * {@value #SIDE_BY_SIDE} side by side, all against one broker. Starter results are recorded ({@link Progress}).
 *
 * <p>{@code --expect-fail} is for CI: it succeeds only when every exercise's checks fail on the
 * untouched starter, proving that each check can fail (with {@code --mutants}, in the JVM that checks the exercise's
 * wrong answers: CI's way, without a JVM, a broker or a cluster more per lab). {@code --mutants} runs every exercise's checks
 * against each of its wrong answers (see {@link dev.kafkalabs.support.junit.Mutant}) and correct
 * alternatives ({@link dev.kafkalabs.support.junit.Alternative}), and succeeds only when every wrong answer
 * is rejected with a message that names its misconception and every alternative passes. {@code --debug}
 * starts the checks' JVM with a debug agent and waits for a debugger ({@link DebugAgent}).
 */
final class CheckCommand {

    /**
     * Labs checked at the same time by {@code ./labs check} of every lab: their checks mostly wait on Kafka
     * (sessions, locks, timeouts), so two JVMs keep the build machine's two cores busier than one.
     */
    static final int SIDE_BY_SIDE = 2;

    private final Catalog catalog;
    private final LabsHome home;
    private final ModuleBuild build;
    private final PrintStream out;

    CheckCommand(Catalog catalog) {
        this(catalog, LabsHome.current(), ModuleBuild.maven(LabsHome.current()), System.out);
    }

    /** One exercise's or one lab's checks the student loop's way, in {@code home}, printing to {@code out} (tests). */
    CheckCommand(Catalog catalog, LabsHome home, ModuleBuild build, PrintStream out) {
        this.catalog = catalog;
        this.home = home;
        this.build = build;
        this.out = out;
    }

    int run(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean solution = false;
        boolean expectFail = false;
        boolean mutants = false;
        boolean debug = false;
        Integer jobs = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--solution" -> solution = true;
                case "--debug" -> debug = true;
                case "--expect-fail" -> expectFail = true;
                case "--mutants" -> mutants = true;
                case "--jobs" -> jobs = jobs(i + 1 < args.length ? args[++i] : null);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("Unknown option '" + arg + "' for ./labs check.");
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() > 1) {
            throw new UsageException("./labs check takes at most one lab, exercise or file, got " + positional + ".");
        }
        if (debug && (positional.size() != 1 || expectFail || mutants)) {
            throw new UsageException("--debug checks one lab, exercise or file under a debugger, e.g. ./labs check 3.1 --debug; "
                    + "it does not combine with --expect-fail or --mutants.");
        }
        if (jobs != null && !mutants) {
            throw new UsageException("--jobs says how many exercises --mutants checks side by side, e.g. "
                    + "./labs check --mutants --jobs 6.");
        }
        List<Exercise> exercises = select(positional.isEmpty() ? null : positional.get(0));
        try {
            KafkaBootstrap.validate();
        } catch (BadEnvironmentException e) {
            System.err.println("✗ " + e.getMessage());
            return 1;
        }
        Variant variant = solution ? Variant.SOLUTION : Variant.STARTER;
        List<String> modules = exercises.stream().map(exercise -> catalog.labOf(exercise).module()).distinct().toList();

        Path root = home.root();
        if (mutants) {
            if (solution) {
                throw new UsageException("--mutants runs the checks against the wrong answers; it does not combine "
                        + "with --solution.");
            }
            // --jobs N: N at a time, no more; by default more while the CPU has room.
            return runMutants(exercises, modules, root, jobs == null ? MutantChecks.defaultJobs() : jobs,
                    jobs == null ? MutantChecks.defaultMostJobs() : jobs, expectFail);
        }
        if (positional.size() == 1 && !expectFail) {
            return runFast(exercises, variant, debug ? DebugAgent.onFreePort() : null);
        }
        Optional<List<CheckResult>> results = runModules(exercises, modules, variant, expectFail);
        if (results.isEmpty()) {
            return 1;
        }
        Summary summary = new Summary(exercises, results.get(), catalog::exercise);
        summary.print(out);
        record(summary, variant);
        out.printf("Full logs: target/%s%n", logName("*"));
        if (expectFail) {
            return summary.everyExerciseFails(out) ? 0 : 1;
        }
        return summary.allPass() ? 0 : 1;
    }

    /**
     * Several labs: each lab's checks in a {@link CheckJvm} of its own, {@value #SIDE_BY_SIDE} at a time, all
     * against one broker (the configured one, else one started here for the run). {@code firstFailure}: each
     * exercise stops at its first failure ({@code --expect-fail} only needs to know that it fails). Empty when
     * the code does not compile or a lab's checks did not run (what went wrong is printed).
     */
    private Optional<List<CheckResult>> runModules(List<Exercise> exercises, List<String> modules, Variant variant,
            boolean firstFailure) {
        ExerciseChecks checks = new ExerciseChecks(home, build, out, CheckRunner.DEFAULT_TIME_LIMIT_SECONDS);
        if (!checks.prepare(modules)) {
            return Optional.empty();
        }
        // A configured broker that does not answer ends the run here (BrokerUnreachableException: one line, exit 1).
        try (RunningBroker broker = Brokers.acquire()) {
            out.printf("Checking the %s of %s against the broker at %s, %d labs at a time ...%n", variant.packageSegment(),
                    String.join(", ", modules), broker.bootstrapServers(), SIDE_BY_SIDE);
            ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE);
            try {
                List<Future<Optional<List<CheckResult>>>> runs = new ArrayList<>();
                for (String module : modules) {
                    List<Exercise> ofModule = exercises.stream()
                            .filter(exercise -> catalog.labOf(exercise).module().equals(module)).toList();
                    runs.add(pool.submit(() -> {
                        long start = System.nanoTime();
                        try (CheckJvm jvm = checks.standby(module, Brokers.clientProperties(broker), logName(module))) {
                            Optional<List<CheckResult>> results = checks.run(jvm, variant, ofModule, firstFailure);
                            out.printf("  %s: %d checks in %d s%n", module, results.map(List::size).orElse(0),
                                    (System.nanoTime() - start) / 1_000_000_000);
                            return results;
                        }
                    }));
                }
                List<CheckResult> all = new ArrayList<>();
                for (Future<Optional<List<CheckResult>>> run : runs) {
                    Optional<List<CheckResult>> results = run.get();
                    if (results.isEmpty()) {
                        return Optional.empty();
                    }
                    all.addAll(results.get());
                }
                return Optional.of(all);
            } catch (ExecutionException e) {
                // A JVM that could not start, say: one line, not a stack trace.
                out.println("✗ A lab's checks could not run: " + e.getCause().getMessage());
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The log (in {@code target/}) of one lab's checks in a run of several ({@code *}: all of them). */
    private static String logName(String module) {
        return "labs-check-" + module + ".log";
    }

    /**
     * One exercise or one lab, the student loop's way: compile what changed, run the checks in one JVM
     * against the running broker (or one that JVM starts), no Maven unless the checks themselves must be built.
     */
    private int runFast(List<Exercise> exercises, Variant variant, DebugAgent debugger) {
        String module = catalog.labOf(exercises.get(0)).module();
        ExerciseChecks checks = new ExerciseChecks(home, build, out,
                debugger == null ? ExerciseChecks.TIME_LIMIT_SECONDS : DebugAgent.CHECK_TIME_LIMIT_SECONDS);
        if (!checks.ensureBuilt(module)) {
            return 1;
        }
        String bootstrap = WatchBroker.runningBroker();
        String what = exercises.size() == 1 ? exercises.get(0).id() + " " + exercises.get(0).title()
                : exercises.equals(catalog.labOf(exercises.get(0)).exercises()) ? module
                : exercises.stream().map(Exercise::id).collect(Collectors.joining(", "));
        out.printf("Checking %s (%s) against %s ...%n", what, variant.packageSegment(), bootstrap != null
                ? "the broker at " + bootstrap
                : "a broker started for this check (./labs broker in another terminal makes checks faster)");
        // The checks' JVM starts up while the changed sources compile: it loads none of the lab's classes before run.
        try (CheckJvm jvm = debugger == null ? checks.standby(module, bootstrap) : checks.standby(module, bootstrap, debugger)) {
            if (debugger != null) {
                debugger.announce(out, "the check", "Breakpoints hit in the code the checks run in this JVM; a program "
                        + "a check starts in a JVM of its own (3.1's SendGreetings, for one) is not under the debugger: "
                        + "./labs run ID --starter --debug runs it under one.");
            }
            if (!checks.compileChanged(module)) {
                return 1;
            }
            Optional<List<CheckResult>> results = checks.run(jvm, variant, exercises);
            if (results.isEmpty()) {
                return 1;
            }
            Summary summary = new Summary(exercises, results.get(), catalog::exercise);
            summary.print(out);
            record(summary, variant);
            out.println("Full log: " + jvm.log());
            return summary.allPass() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** A student's own code was checked: remember what passes (./labs progress, ./labs list). */
    private void record(Summary summary, Variant variant) {
        if (variant.equals(Variant.STARTER)) {
            Progress progress = Progress.load(home);
            summary.record(progress, Instant.now());
            progress.save(System.err);
        }
    }

    private static int jobs(String value) {
        if (value != null && value.matches("[1-9]\\d?")) {
            return Integer.parseInt(value);
        }
        throw new UsageException("--jobs needs a whole number from 1 to 99, not " + value + ".");
    }

    private int runMutants(List<Exercise> exercises, List<String> modules, Path root, int jobs, int mostJobs,
            boolean starters) {
        out.printf("Compiling the checks, wrong answers (mutants) and correct alternatives of %s ...%n", String.join(", ", modules));
        if (!new ExerciseChecks(home, build, out).prepare(modules)) {
            return 1;
        }
        for (String module : modules) {
            SourceCompiler.Outcome variants;
            try {
                variants = new VariantClasses(root.resolve(module)).compile(VariantEdits.of(root.resolve(module)),
                        build.testClassPath(module), root);
            } catch (IllegalArgumentException | IllegalStateException unreadable) {
                // A variant file that cannot be read, or whose text the solution no longer has.
                out.println("✗ " + unreadable.getMessage());
                return 1;
            }
            if (!variants.ok()) {
                out.printf("The wrong answers and alternatives of %s (%s) do not compile:%n", module, VariantEdits.DIRECTORY);
                variants.errors().forEach(out::println);
                return 1;
            }
        }
        MutantChecks checks = new MutantChecks(root, exercise -> catalog.labOf(exercise).module(), jobs, mostJobs, out,
                starters);
        List<String> failing = checks.run(exercises, build);
        if (failing.isEmpty()) {
            out.printf("%nOK: the checks reject every mutant and accept every alternative of %s.%n",
                    String.join(", ", modules));
            return 0;
        }
        out.printf("%nDEFECT: a mutant survives, is rejected without naming its misconception, an alternative "
                + "(a correct answer) is rejected, or an exercise has too few mutants, in: %s (see each one's "
                + "lines above; again here:)%n", String.join(", ", failing));
        checks.problems().forEach(out::println);
        return 1;
    }

    private List<Exercise> select(String name) {
        if (name == null) {
            return catalog.labs().stream().flatMap(lab -> lab.exercises().stream()).toList();
        }
        if (SourceFileExercises.isFile(name)) {
            return new SourceFileExercises(catalog, home).of(name);
        }
        if (name.matches("\\d+\\.\\d+")) {
            return List.of(catalog.exercise(name));
        }
        Lab lab = catalog.lab(name).orElseThrow(() -> new UnknownNameException("There is no lab or exercise '" + name
                + "'. Labs: " + catalog.labs().stream().map(Lab::id).collect(Collectors.joining(", ")) + "."));
        return lab.exercises();
    }
}
