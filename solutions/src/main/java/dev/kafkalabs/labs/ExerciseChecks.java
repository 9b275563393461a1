package dev.kafkalabs.labs;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.junit.CheckResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The student loop's way to run an exercise's checks: the same checks as {@code ./mvnw verify}, through
 * {@code CheckRunner} in one JVM, after compiling only the sources that changed ({@link SourceCompiler}).
 * Maven runs only when the module's test class path must be (re)built ({@link ModuleBuild}).
 */
final class ExerciseChecks {

    /** No check of a student run takes longer: a starter that hangs ends with a message naming the check. */
    static final int TIME_LIMIT_SECONDS = 120;

    private final LabsHome home;
    private final ModuleBuild build;
    private final PrintStream out;
    private final int timeLimitSeconds;

    ExerciseChecks(LabsHome home, ModuleBuild build, PrintStream out) {
        this(home, build, out, TIME_LIMIT_SECONDS);
    }

    ExerciseChecks(LabsHome home, ModuleBuild build, PrintStream out, int timeLimitSeconds) {
        this.home = home;
        this.build = build;
        this.out = out;
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /**
     * Builds what Maven must build (rarely), then compiles the module's changed sources. False when the
     * code does not compile; the compiler's lines are printed.
     */
    boolean prepare(String module) {
        return prepare(List.of(module));
    }

    /** Like {@link #prepare(String)} for several modules: one Maven run for all that need it, then each one's sources. */
    boolean prepare(List<String> modules) {
        return build.ensureBuilt(modules, out) && modules.stream().allMatch(this::compileChanged);
    }

    /** Builds the module's checks and test class path with Maven when they are missing or out of date. */
    boolean ensureBuilt(String module) {
        return build.ensureBuilt(module, out);
    }

    /** Compiles the module's sources saved since they were last compiled; false (compiler lines printed) when they do not compile. */
    boolean compileChanged(String module) {
        Path moduleDir = home.module(module);
        SourceCompiler.Outcome outcome = new SourceCompiler(home.root()).compileStale(
                moduleDir.resolve("src/main/java"), moduleDir.resolve("target/classes"), build.dependencies(module));
        if (!outcome.ok()) {
            out.println("Your code does not compile yet:");
            outcome.errors().forEach(out::println);
            return false;
        }
        return true;
    }

    /** A JVM ready to run the module's checks against {@code bootstrap} (null: it finds or starts a broker). */
    CheckJvm standby(String module, String bootstrap) {
        return standby(module, bootstrap, "labs-check.log");
    }

    /** Like {@link #standby(String, String)}, its output in {@code target/logName}. */
    CheckJvm standby(String module, String bootstrap, String logName) {
        return standby(module, brokerProperties(bootstrap), logName, List.of());
    }

    /** Like {@link #standby(String, String)}, started with {@code debugger}'s agent: it waits for the debugger. */
    CheckJvm standby(String module, String bootstrap, DebugAgent debugger) {
        return standby(module, brokerProperties(bootstrap), "labs-check.log", List.of(debugger.jvmOption()));
    }

    /** A JVM ready to run the module's checks against the broker these properties name ({@link Brokers#clientProperties}). */
    CheckJvm standby(String module, Map<String, String> brokerProperties, String logName) {
        return standby(module, brokerProperties, logName, List.of());
    }

    private CheckJvm standby(String module, Map<String, String> brokerProperties, String logName, List<String> moreOptions) {
        ClassDataArchive archive = new ClassDataArchive(home.module(module));
        List<String> jvmOptions = new ArrayList<>(archive.jvmOptions());
        jvmOptions.addAll(moreOptions);
        return CheckJvm.start(ClassDataArchive.jarsFirst(build.testClassPath(module)), home.module(module),
                brokerProperties, home.root().resolve("target").resolve(logName), jvmOptions);
    }

    private static Map<String, String> brokerProperties(String bootstrap) {
        return bootstrap == null ? Map.of() : Map.of(KafkaBootstrap.SERVERS_PROPERTY, bootstrap);
    }

    /**
     * Runs the exercises' checks in {@code jvm}; empty (and the end of its log printed) when no check ran.
     */
    Optional<List<CheckResult>> run(CheckJvm jvm, Variant variant, List<Exercise> exercises) throws InterruptedException {
        return run(jvm, variant, exercises, false);
    }

    /**
     * Like {@link #run(CheckJvm, Variant, List)}; {@code firstFailure}: each exercise's checks stop at its first
     * failure (enough to show that an untouched starter fails).
     */
    Optional<List<CheckResult>> run(CheckJvm jvm, Variant variant, List<Exercise> exercises, boolean firstFailure)
            throws InterruptedException {
        List<String> arguments = CheckJvm.checksArguments(variant.propertyValue(), timeLimitSeconds,
                exercises.stream().map(Exercise::id).toList());
        if (firstFailure) {
            arguments.add("--first-failure");
        }
        CheckJvm.Outcome outcome = jvm.run(arguments);
        new ClassDataArchive(jvm.moduleDir()).buildInBackground(jvm.classPath(),
                home.root().resolve("target").resolve("labs-class-data-archive.log"));
        if (outcome.results().isEmpty()) {
            out.printf("The checks did not run (exit code %d). The end of %s:%n%s%n", outcome.exit(), jvm.log(),
                    jvm.logTail(15));
            return Optional.empty();
        }
        return Optional.of(outcome.results());
    }
}
