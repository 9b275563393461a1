package dev.kafkalabs.labs;

import com.sun.management.OperatingSystemMXBean;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import dev.kafkalabs.support.catalog.Exercise;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * {@code ./labs check --mutants}: each exercise's checks against its wrong answers and correct alternatives
 * ({@code CheckRunner mutants}), one JVM per exercise (or per few short exercises of a lab), several side by side,
 * all against one broker.
 *
 * <p>Why side by side: a mutant's checks mostly wait - for a lock to run out, a session to time out, a
 * record that never comes - so one at a time the two cores of the build machine sat idle (28 minutes for
 * every lab, one lab after the other). Why not one JVM per lab: lab 8's five exercises took 11 of those minutes
 * in one JVM, longer than all the others side by side. Why the short ones of a lab together ({@value #GROUP_SECONDS}
 * s at most): with a JVM each, 39 JVMs started, each for about 3 CPU-s (1 with a class-data archive), some with a
 * Spark session or a cluster more; in 24 (groups of 120 s at most) the step took 509 s instead of 558, and groups of
 * {@value #GROUP_SECONDS} s made it 21 JVMs (fresh-clone CI runs, 2026-12-07, with the starters moved into it too).
 * Each JVM's output is kept in {@code target/labs-mutants/IDS.log} and printed whole when it is done, so that the
 * lines of exercises running at the same time do not interleave. The exercises that took longest last time start
 * first (their times are kept in {@value #TIMES_FILE}); without that record, in the order of a CI run's times
 * kept with the launcher ({@value #SHIPPED_TIMES}).
 *
 * <p>Why one broker for all: each JVM starting its own spent about 7 s of CPU on it, 37 times, and each kept
 * it idling beside the others; the checks use topics, groups and ids of their own, so they share one as they
 * share a student's {@code ./labs broker}. The broker is the configured one ({@code KAFKA_BOOTSTRAP_SERVERS}),
 * else one started here for the run ({@link Brokers#acquire()}). Lab 7's checks start their own cluster.
 *
 * <p>Each mutant's checks start with the one that rejected it last time ({@link FirstChecks}).
 *
 * <p>An exercise whose variants took one and a half times {@value #PART_SECONDS} s or more last time is spread over several
 * JVMs ({@code CheckRunner mutants --part K/N}), each judging every N-th of its variants: one such exercise running
 * alone at the end of the run leaves the other core idle (with the red team's answers, 11.4's variants took 606 s
 * and 10.5's 528 s of a 783 s run, 2026-12-07).
 */
final class MutantChecks {

    static final String TIMES_FILE = "target/labs-mutants/seconds.tsv";
    private static final String TIMES_NAME = "seconds.tsv";
    /**
     * An exercise whose variants took longer than one and a half times this is split into parts of about this long (at
     * most {@value #MAX_PARTS}); each part costs one more JVM (lab 7's: one more three-broker cluster, 20 CPU-s; 11.4's
     * one more Spark cluster).
     */
    static final int PART_SECONDS = 300;
    static final int MAX_PARTS = 3;
    /**
     * Exercises of one lab whose variants took less than this last time share a JVM, this many seconds of them at most:
     * a check JVM costs about 3 CPU-s to start without a class-data archive (measured: 3.9 CPU-s for 5.5's checks and the
     * launcher, 1.5 with the archive), some of them more (a lab 7 cluster, a lab 11 Spark session), and the step is bound
     * by CPU. 120 s left 7.1 (30 s) alone with a cluster of its own beside 7.3 (96 s), and 11.2 and 11.3 each with a
     * Spark session; the longest JVMs take 150-235 s, so a group of 150 s does not make the run's end later.
     */
    static final int GROUP_SECONDS = 150;
    /** A CI run's times, the order for a run with none of its own. */
    private static final String SHIPPED_TIMES = "mutant-seconds.tsv";

    private final Path home;
    private final Function<Exercise, String> moduleOf;
    /** How many JVMs run side by side: always, and at most while the CPU has room ({@link JobSlots}). */
    private final int jobs;
    private final int mostJobs;
    private final PrintStream out;
    /** The module's directory of compiled variants that goes first on the class path. */
    private final String variantClasses;
    /** Where each exercise's output ({@code ID.log}) and the exercises' times go. */
    private final Path runDir;
    private final List<String> extraArguments;
    /** The ✗ lines (with the two lines under each) of the exercises with a defect, in the order they ended. */
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** A sweep's run: a variant that survives is its finding, not the run's defect. */
    private final boolean verdictsOnly;
    /** A sweep's verdict lines ({@code EXERCISE<tab>NAME<tab>VERDICT<tab>SECONDS}), as the exercises' JVMs printed them. */
    private final List<String> verdicts = Collections.synchronizedList(new ArrayList<>());

    /**
     * The shipped mutants and alternatives ({@link VariantClasses#CLASSES}), their output in {@code target/labs-mutants};
     * with {@code starters}, each exercise's untouched starter too, which must fail ({@code --expect-fail}).
     */
    MutantChecks(Path home, Function<Exercise, String> moduleOf, int jobs, int mostJobs, PrintStream out, boolean starters) {
        this(home, moduleOf, jobs, mostJobs, out, VariantClasses.CLASSES, home.resolve(TIMES_FILE).getParent(),
                starters ? List.of("--starter-fails") : List.of());
    }

    /**
     * The variants compiled into each module's {@code variantClasses}, with {@code extraArguments} for
     * {@code CheckRunner mutants}, the output in {@code runDir} ({@code ./labs sweep}).
     */
    MutantChecks(Path home, Function<Exercise, String> moduleOf, int jobs, int mostJobs, PrintStream out,
            String variantClasses, Path runDir, List<String> extraArguments) {
        this.home = home;
        this.moduleOf = moduleOf;
        this.jobs = jobs;
        this.mostJobs = mostJobs;
        this.out = out;
        this.variantClasses = variantClasses;
        this.runDir = runDir;
        this.extraArguments = List.copyOf(extraArguments);
        this.verdictsOnly = extraArguments.contains("--sweep");
    }

    /**
     * One JVM's share of the run: the {@code part}-th of {@code parts} of one exercise's variants, or every variant of
     * several short exercises of one lab ({@code parts} 1).
     */
    record Share(List<Exercise> exercises, int part, int parts) {

        Share(Exercise exercise, int part, int parts) {
            this(List.of(exercise), part, parts);
        }

        /** How it is named in the output: {@code 10.5}, {@code 10.5 (part 2 of 3)} or {@code 5.1, 5.3}. */
        String label() {
            String ids = ids(", ");
            return parts == 1 ? ids : ids + " (part " + part + " of " + parts + ")";
        }

        /** The name of the file its {@code CheckRunner} output goes to, without {@code .log}: {@code 10.5-part2}, {@code 5.1+5.3}. */
        String fileName() {
            String ids = ids("+");
            return parts == 1 ? ids : ids + "-part" + part;
        }

        private String ids(String separator) {
            return exercises.stream().map(Exercise::id).collect(Collectors.joining(separator));
        }
    }

    /** The file a share's {@code CheckRunner} output goes to. */
    Path outputOf(Share share) {
        return runDir.resolve(share.fileName() + ".log");
    }

    /** The exercise in one share, or in {@code seconds / PART_SECONDS} of them (rounded, at most {@value #MAX_PARTS}). */
    static List<Share> sharesOf(Exercise exercise, long seconds) {
        int parts = (int) Math.max(1, Math.min(MAX_PARTS, Math.round((double) seconds / PART_SECONDS)));
        List<Share> shares = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            shares.add(new Share(exercise, part, parts));
        }
        return shares;
    }

    /**
     * The JVMs of a run, the longest first: an exercise whose variants took {@code groupSeconds} or more last time in
     * JVMs of its own ({@link #sharesOf(Exercise, long)}); the shorter ones of a lab packed together, each into the
     * first JVM it fits in (their seconds adding up to {@code groupSeconds} at most), the longest first. An exercise
     * with no time on record runs alone; with {@code groupSeconds} 0, every one does.
     */
    static List<Share> sharesOf(List<Exercise> exercises, Function<Exercise, String> moduleOf, Map<String, Long> lastTimes,
            long groupSeconds) {
        List<Share> shares = new ArrayList<>();
        Map<String, List<List<Exercise>>> groupsOfModule = new LinkedHashMap<>();
        List<Exercise> longestFirst = new ArrayList<>(exercises);
        longestFirst.sort(Comparator.comparing((Exercise exercise) -> lastTimes.getOrDefault(exercise.id(), 0L)).reversed());
        for (Exercise exercise : longestFirst) {
            long seconds = lastTimes.getOrDefault(exercise.id(), 0L);
            if (seconds == 0 || seconds >= groupSeconds) {
                shares.addAll(sharesOf(exercise, seconds));
                continue;
            }
            List<List<Exercise>> groups = groupsOfModule.computeIfAbsent(moduleOf.apply(exercise), module -> new ArrayList<>());
            List<Exercise> group = groups.stream()
                    .filter(candidate -> secondsOf(candidate, lastTimes) + seconds <= groupSeconds).findFirst().orElse(null);
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(exercise);
        }
        groupsOfModule.values().forEach(groups -> groups.forEach(group -> {
            group.sort(Comparator.comparing(exercises::indexOf));
            shares.add(new Share(List.copyOf(group), 1, 1));
        }));
        // The longest first (an exercise's time spread over its parts), then in the exercises' order.
        shares.sort(Comparator.comparing((Share share) -> secondsOf(share, lastTimes))
                .thenComparing(share -> -exercises.indexOf(share.exercises().get(0))).reversed());
        return shares;
    }

    /** What a share took last time: its exercises' seconds, an exercise's spread over its parts. */
    private static long secondsOf(Share share, Map<String, Long> lastTimes) {
        return secondsOf(share.exercises(), lastTimes) / share.parts();
    }

    private static long secondsOf(List<Exercise> exercises, Map<String, Long> lastTimes) {
        return exercises.stream().mapToLong(exercise -> lastTimes.getOrDefault(exercise.id(), 0L)).sum();
    }

    /**
     * Three JVMs per core, at most six: measured on 2 cores (2026-12-06, every lab's mutants, quiet machine),
     * four at a time left a fifth to a third of the CPU idle (the checks wait on Kafka's clocks) and took
     * 656 s; six at a time kept it busy and took 544 s, every verdict the same. More while the CPU has room:
     * {@link #defaultMostJobs()}.
     */
    static int defaultJobs() {
        return Math.min(6, 3 * Runtime.getRuntime().availableProcessors());
    }

    /** Four JVMs per core, at most eight, while the CPU has room for them ({@link JobSlots}). */
    static int defaultMostJobs() {
        return Math.min(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** Runs every exercise's mutants; returns the ids of the exercises with a defect (none: all is well). */
    List<String> run(List<Exercise> exercises, ModuleBuild build) {
        createDirectories(runDir);
        Map<String, Long> lastTimes = readTimes();
        // A sweep's first run finds only the shipped mutants' times, not its own variants': no exercise shares a JVM.
        List<Share> order = sharesOf(exercises, moduleOf, lastTimes, verdictsOnly ? 0 : GROUP_SECONDS);
        if (order.isEmpty()) {
            return List.of();
        }
        makeArchives(order.stream().map(share -> moduleOf.apply(share.exercises().get(0))).distinct().toList(), build);
        // A configured broker that does not answer ends the run here (BrokerUnreachableException: one line, exit 1).
        RunningBroker broker = Brokers.acquire();
        String more = mostJobs > jobs && order.size() > jobs
                ? ", up to " + Math.min(mostJobs, order.size()) + " while the CPU has room" : "";
        out.printf("%d exercises in %d JVMs, %d at a time%s (all on the broker %s); each one's verdicts appear "
                + "when it is done, its full output in %s%n", exercises.size(), order.size(), Math.min(jobs, order.size()),
                more, broker.bootstrapServers(), home.toAbsolutePath().relativize(runDir.toAbsolutePath()));

        ExecutorService pool = Executors.newFixedThreadPool(mostJobs);
        // This run's times: an exercise's is the sum of its parts' (the work it is, whatever the split).
        Map<String, Long> times = Collections.synchronizedMap(new HashMap<>());
        FirstChecks firstChecks = FirstChecks.read(runDir);
        List<String> failing = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> runs = new ArrayList<>();
            startEach(order, share -> runs.add(pool.submit(() -> runOne(share, build, broker, times, firstChecks, failing))),
                    () -> (int) runs.stream().filter(run -> !run.isDone()).count());
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failing.add("(interrupted)");
        } catch (ExecutionException e) {
            out.println("✗ a mutant run ended unexpectedly: " + e.getCause());
            failing.add("(a run that ended unexpectedly)");
        } finally {
            pool.shutdownNow();
            broker.close();
        }
        writeTimes(times);
        firstChecks.write();
        List<String> ids = exercises.stream().map(Exercise::id).toList();
        return failing.stream().distinct().sorted(Comparator.comparingInt(ids::indexOf)).toList();
    }

    /**
     * Starts the shares in their order: while fewer than {@code jobs} run, at once; beyond that, up to {@code mostJobs},
     * one at a time while the CPU has room ({@link JobSlots}), looked at every second.
     */
    private void startEach(List<Share> order, Consumer<Share> start, IntSupplier running) throws InterruptedException {
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        // The CPU in use since the last look, all processes (com.sun.management, Java 14 and later); the first look
        // has nothing to compare with.
        os.getCpuLoad();
        JobSlots slots = new JobSlots(jobs, mostJobs);
        Deque<Share> waiting = new ArrayDeque<>(order);
        while (!waiting.isEmpty()) {
            int now = running.getAsInt();
            if (slots.mayStart(now)) {
                Share share = waiting.poll();
                if (slots.isExtra(now)) {
                    out.printf("(the CPU had room for the last %d s: %s starts as JVM %d of at most %d side by side)%n",
                            JobSlots.LOOKS, share.label(), now + 1, mostJobs);
                }
                start.accept(share);
            } else {
                Thread.sleep(1000);
                slots.observe(os.getCpuLoad());
            }
        }
    }

    /**
     * Makes the class-data archives that pay back within this run ({@link ClassDataArchive#paysBackNow()}), side by side,
     * before any exercise starts. On a fresh clone (CI) there is none, only the class lists {@code ./mvnw verify}
     * recorded; the other labs' JVMs run without one (for lab 11, making it cost 43 CPU-s, more than a run saves).
     */
    private void makeArchives(List<String> modules, ModuleBuild build) {
        List<String> making = new ArrayList<>();
        List<Process> dumps = new ArrayList<>();
        for (String module : modules) {
            ClassDataArchive archive = new ClassDataArchive(home.resolve(module));
            if (archive.paysBackNow()) {
                try {
                    dumps.add(archive.startDump(ClassDataArchive.jarsFirst(build.testClassPath(module)),
                            runDir.resolve(module + "-class-data-archive.log")));
                    making.add(module);
                } catch (IOException e) {
                    out.println("(no class-data archive for " + module + ": " + e.getMessage() + "; its checks start slower)");
                }
            }
        }
        if (making.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        out.printf("Making the class-data archives of %s (their checks start dozens of JVMs: brokers, programs) ...%n",
                String.join(", ", making));
        for (Process dump : dumps) {
            try {
                dump.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.printf("  made in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Runs one share of the run in a JVM of its own, then prints its output whole. */
    private void runOne(Share share, ModuleBuild build, RunningBroker broker, Map<String, Long> times,
            FirstChecks firstChecks, List<String> failing) {
        long start = System.nanoTime();
        Path output = outputOf(share);
        String module = moduleOf.apply(share.exercises().get(0));
        int exit;
        String verdict;
        // Each exercise's seconds and defects, as its JVM printed them (none when it ended before judging).
        List<String> exerciseLines = List.of();
        try {
            // The variants' classes come before the module's own; the jars before both, as in the archive.
            String classPath = ClassDataArchive.jarsFirst(home.resolve(module).resolve(variantClasses)
                    + java.io.File.pathSeparator + build.testClassPath(module));
            List<String> arguments = new ArrayList<>(List.of("mutants"));
            share.exercises().forEach(exercise -> arguments.addAll(List.of("--exercise", exercise.id())));
            if (share.parts() > 1) {
                arguments.addAll(List.of("--part", share.part() + "/" + share.parts()));
            }
            arguments.addAll(extraArguments);
            share.exercises().forEach(exercise -> arguments.addAll(firstChecks.argumentsFor(exercise.id())));
            // The class-data archive a student's check made, or makeArchives from verify's class lists, when there is
            // one; every JVM a check starts maps it too. Measured (every lab's mutants, 2026-12-07): lab 3's 34 consumer program JVMs
            // used 38 CPU-s instead of 66, the check JVMs of labs 3, 5 and 11 12-18% less.
            List<String> archive = new ClassDataArchive(home.resolve(module)).jvmOptionsIfMade();
            try (CheckJvm jvm = CheckJvm.start(classPath, home.resolve(module), Brokers.clientProperties(broker), output,
                    archive)) {
                CheckJvm.Outcome outcome = jvm.run(arguments);
                exit = outcome.exit();
                verdicts.addAll(outcome.verdicts());
                firstChecks.learn(outcome.firstChecks());
                exerciseLines = outcome.exercises();
            }
            verdict = exit == 0 ? "every mutant rejected, every alternative accepted"
                    : verdictsOnly ? "judged (exit " + exit + ": see the survivors below)" : "DEFECT (exit " + exit + ")";
        } catch (UncheckedIOException e) {
            exit = -1;
            verdict = "DEFECT: " + e.getMessage() + ": " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 130;
            verdict = "interrupted";
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        synchronized (this) {
            Map<String, ExerciseOutcome> ofExercise = parseExerciseLines(exerciseLines);
            for (Exercise exercise : share.exercises()) {
                // An exercise that did not say (its JVM ended early) is given the JVM's time: an order, not a figure.
                ExerciseOutcome said = ofExercise.get(exercise.id());
                times.merge(exercise.id(), said == null ? seconds : said.seconds(), Long::sum);
            }
            if (exit != 0) {
                List<String> withDefects = share.exercises().stream().map(Exercise::id)
                        .filter(id -> ofExercise.containsKey(id) && ofExercise.get(id).defects() > 0).toList();
                failing.addAll(withDefects.isEmpty() ? share.exercises().stream().map(Exercise::id).toList() : withDefects);
            }
            out.printf("%n==> %s (%s): %s in %d s%n", share.label(), module, verdict, seconds);
            String text = Files.exists(output) ? read(output) : "";
            out.print(text);
            if (exit != 0) {
                problems.add("==> " + share.label() + ": " + verdict);
                List<String> lines = problemLines(text);
                // No verdict line at all: the JVM ended before judging (a broker, a cluster, a class path); its end says why.
                problems.addAll(lines.isEmpty() ? text.lines().skip(Math.max(0, text.lines().count() - 10)).toList() : lines);
            }
            out.flush();
        }
    }

    /** What an exercise's JVM said about it: the seconds its variants took, and its defects. */
    record ExerciseOutcome(long seconds, int defects) {
    }

    /** {@code ID<tab>SECONDS<tab>DEFECTS} lines ({@code CheckRunner.EXERCISE_PREFIX}) by id; any other line is passed over. */
    static Map<String, ExerciseOutcome> parseExerciseLines(List<String> lines) {
        Map<String, ExerciseOutcome> parsed = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && fields[1].matches("\\d+") && fields[2].matches("\\d+")) {
                parsed.put(fields[0], new ExerciseOutcome(Long.parseLong(fields[1]), Integer.parseInt(fields[2])));
            }
        }
        return parsed;
    }

    /**
     * The problems of the exercises with a defect, to print again once every exercise is done: a run's
     * output is long, and a CI log is often read from its end.
     */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Each ✗ line of an exercise's output with the two lines under it (misconception, first failure), and its DEFECT lines. */
    static List<String> problemLines(String output) {
        List<String> lines = output.lines().toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("DEFECT ")) {
                found.add(line);
            } else if (line.startsWith("✗ ")) {
                found.addAll(lines.subList(i, Math.min(lines.size(), i + 3)));
            }
        }
        return found;
    }

    /** The verdict lines of a sweep's run ({@code --sweep}), of every exercise run so far. */
    List<String> verdicts() {
        return List.copyOf(verdicts);
    }

    /**
     * The exercises' times of the last run here, else those of a CI run kept with the launcher
     * ({@value #SHIPPED_TIMES}): a fresh clone then also starts the longest exercises first, and the short ones fill
     * the end. (In the default order, lab 3's exercises of about 100 s each started last, and the run waited for them.)
     */
    private Map<String, Long> readTimes() {
        return parseTimes(RunRecord.lines(runDir.resolve(TIMES_NAME), SHIPPED_TIMES));
    }

    /** Lines {@code ID<tab>SECONDS}; any other line (a comment) is passed over. */
    private static Map<String, Long> parseTimes(List<String> lines) {
        Map<String, Long> times = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length == 2 && fields[1].matches("\\d+")) {
                times.put(fields[0], Long.parseLong(fields[1]));
            }
        }
        return times;
    }

    /**
     * The times on disk now (a run side by side in the same tree may have written them since this one read them),
     * with this run's {@code times} over them.
     */
    private void writeTimes(Map<String, Long> times) {
        Map<String, Long> record = new HashMap<>(readTimes());
        record.putAll(times);
        StringBuilder text = new StringBuilder();
        record.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> text.append(entry.getKey()).append('\t').append(entry.getValue()).append('\n'));
        RunRecord.write(runDir.resolve(TIMES_NAME), text, "the exercises' times");
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(its output could not be read from " + output + ": " + e.getMessage() + ")\n";
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
