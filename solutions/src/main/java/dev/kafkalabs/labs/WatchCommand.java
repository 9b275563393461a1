package dev.kafkalabs.labs;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.junit.CheckResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code ./labs watch [ID|FILE] [--poll]}: checks the current exercise (the first one not passed yet, ID, or
 * the exercises a source file belongs to, {@link SourceFileExercises}),
 * then waits for a save in its lab's sources, compiles what changed and checks again; on a pass it
 * records it and moves on to the next exercise. One broker for the whole watch (see {@link WatchBroker});
 * the next check's JVM is started while the student edits ({@link CheckJvm}), so a save is checked at once.
 * Ctrl-C stops the watch, the check JVM and the broker it started.
 */
final class WatchCommand {

    private enum Verdict { PASS, FAIL, DOES_NOT_COMPILE, DID_NOT_RUN }

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Catalog catalog;
    private final LabsHome home;
    private final ModuleBuild build;
    private final PrintStream out;
    private final String bootstrap;
    private final CountDownLatch finished = new CountDownLatch(1);

    private volatile boolean stopping;
    private volatile Thread loop;
    private boolean polling;
    private CheckJvm standby;
    private String standbyKey;
    private int runs;

    /** The real thing: Maven-built class paths, this terminal, the running broker or one of its own. */
    WatchCommand(Catalog catalog, LabsHome home) {
        this(catalog, home, ModuleBuild.maven(home), System.out, null);
    }

    /** {@code bootstrap}: the broker to start with (null: find one or start one). */
    WatchCommand(Catalog catalog, LabsHome home, ModuleBuild build, PrintStream out, String bootstrap) {
        this.catalog = catalog;
        this.home = home;
        this.build = build;
        this.out = out;
        this.bootstrap = bootstrap;
    }

    int run(String[] args) {
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--poll")) {
                polling = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("Unknown option '" + arg + "' for ./labs watch.");
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() > 1) {
            throw new UsageException("./labs watch takes at most one exercise id or source file, e.g. ./labs watch 3.1; got "
                    + positional + ".");
        }
        Optional<List<Exercise>> first = positional.isEmpty()
                ? Progress.load(home).next(catalog.allExercises()).map(List::of)
                : Optional.of(SourceFileExercises.isFile(positional.get(0))
                        ? new SourceFileExercises(catalog, home).of(positional.get(0))
                        : List.of(catalog.exercise(positional.get(0))));
        if (first.isEmpty()) {
            out.println("✓ Every exercise passes. ./labs watch ID checks one again; ./labs progress shows them all.");
            return 0;
        }
        Thread ctrlC = new Thread(this::stop, "labs-watch-stop");
        Runtime.getRuntime().addShutdownHook(ctrlC);
        int exit = watch(first.get());
        try {
            Runtime.getRuntime().removeShutdownHook(ctrlC);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for us.
        }
        return exit;
    }

    /** Forces polling of modification times instead of file events (tests, odd file systems). */
    WatchCommand polling(boolean value) {
        polling = value;
        return this;
    }

    /**
     * Checks {@code exercises} (one, or those of a file they share; all of one lab), then the next ones,
     * each time a source is saved, until {@link #stop()} or every exercise passes. Returns 0.
     */
    int watch(List<Exercise> exercises) {
        loop = Thread.currentThread();
        ExerciseChecks checks = new ExerciseChecks(home, build, out);
        List<Exercise> current = exercises;
        String watchedModule = null;
        SourceWatcher watcher = null;
        try (WatchBroker broker = bootstrap != null ? new WatchBroker(bootstrap, out) : WatchBroker.findOrStart(out)) {
            while (!stopping) {
                String module = catalog.labOf(current.get(0)).module();
                Path sources = home.module(module).resolve("src/main/java");
                if (!module.equals(watchedModule)) {
                    if (watcher != null) {
                        watcher.close();
                    }
                    watcher = SourceWatcher.of(sources, polling);
                    watchedModule = module;
                }
                out.println();
                current.forEach(exercise -> out.printf("==> %s %s - %s%n", exercise.id(), exercise.title(), exercise.guideSection()));
                Verdict verdict = checkOnce(checks, current, module, broker);
                if (verdict == Verdict.PASS) {
                    Optional<Exercise> next = Progress.load(home).next(catalog.allExercises());
                    if (next.isEmpty()) {
                        out.println("✓ Every exercise passes. Well done! (./labs progress shows when each first passed.)");
                        return 0;
                    }
                    out.printf("Next: %s %s.%n", next.get().id(), next.get().title());
                    current = List.of(next.get());
                    continue;
                }
                out.printf("Waiting for you to save a file in %s ... (Ctrl-C to stop)%n", home.root().relativize(sources));
                watcher.awaitChange();
            }
        } catch (InterruptedException e) {
            // stop() (Ctrl-C): leave quietly.
        } finally {
            closeStandby();
            if (watcher != null) {
                watcher.close();
            }
            out.println("Stopped watching.");
            finished.countDown();
        }
        return 0;
    }

    /** Ends {@link #watch}: stops the check JVM and the broker it started; waits until that is done. */
    void stop() {
        stopping = true;
        Thread running = loop;
        if (running != null) {
            running.interrupt();
            try {
                finished.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Verdict checkOnce(ExerciseChecks checks, List<Exercise> exercises, String module, WatchBroker broker)
            throws InterruptedException {
        long start = System.nanoTime();
        String servers = broker.ensureAlive();
        if (!checks.prepare(module)) {
            out.printf("✗ %s does not compile yet: fix the line above and save again.%n",
                    exercises.stream().map(Exercise::id).collect(Collectors.joining(", ")));
            return Verdict.DOES_NOT_COMPILE;
        }
        CheckJvm jvm = takeStandby(checks, module, servers);
        Optional<List<CheckResult>> results;
        try {
            results = checks.run(jvm, Variant.STARTER, exercises);
        } finally {
            jvm.close();
        }
        // The next check's JVM warms up while the student reads and edits.
        prepareStandby(checks, module, servers);
        if (results.isEmpty()) {
            return Verdict.DID_NOT_RUN;
        }
        Summary summary = new Summary(exercises, results.get(), catalog::exercise);
        summary.print(out);
        Progress progress = Progress.load(home);
        summary.record(progress, Instant.now());
        progress.save(out);
        out.printf("(checked in %.1f s; log: %s)%n", (System.nanoTime() - start) / 1e9, home.root().relativize(jvm.log()));
        return summary.allPass() ? Verdict.PASS : Verdict.FAIL;
    }

    private CheckJvm takeStandby(ExerciseChecks checks, String module, String servers) {
        String key = module + "@" + servers;
        if (standby != null && standby.isAlive() && key.equals(standbyKey)) {
            CheckJvm ready = standby;
            standby = null;
            return ready;
        }
        closeStandby();
        return checks.standby(module, servers, logName());
    }

    private void prepareStandby(ExerciseChecks checks, String module, String servers) {
        if (!stopping) {
            standby = checks.standby(module, servers, logName());
            standbyKey = module + "@" + servers;
        }
    }

    /** Two logs in turn, so that the one a verdict points at is not overwritten by the JVM started next. */
    private String logName() {
        return "labs-watch-" + (runs++ % 2) + ".log";
    }

    private void closeStandby() {
        if (standby != null) {
            standby.close();
            standby = null;
        }
    }
}
