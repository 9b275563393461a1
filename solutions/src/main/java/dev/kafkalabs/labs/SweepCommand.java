package dev.kafkalabs.labs;

import dev.kafkalabs.support.Directories;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.junit.CheckRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ./labs sweep [LAB|ID] [--variants DIR [--strict]] [--max N] [--dry-run]}, for course authors: which wrong
 * answers do the checks let through? It makes single-edit variants of the lines a student writes
 * ({@link SweepMutations}), or takes the {@code .mutant} files of {@code DIR} (a red team's), compiles
 * them, runs each exercise's checks against each one (stopping at the first failing check: any failure
 * kills a variant), and prints the survivors. A survivor is either a gap in the checks (add the scenario
 * that tells it apart, and keep it as a shipped mutant) or equivalent to the solution (say why). Each
 * survivor is written as a {@code .mutant} file into {@value #OUTPUT}{@code /survivors}, ready to be
 * completed (its misconception and the words a failure must mention) and moved to the lab's
 * {@code src/test/variants}.
 *
 * <p>{@code --strict} (with {@code --variants}) makes the run a test of the directory's wrong answers: it exits 1
 * when one of them is not rejected with a message that contains its {@code mentions:} words (any failure, for one
 * without them), or does not compile - unless the file says why it is still open ({@code open:}). CI runs the red
 * team's answers this way where it has the time for them (the GitHub workflow), as the mutant step runs the shipped
 * ones.
 */
final class SweepCommand {

    static final String OUTPUT = "target/labs-sweep";
    /** Where in {@link #OUTPUT} the survivors go, one folder per module. */
    private static final String SURVIVORS = "survivors";
    /** Where a module's sweep variants are compiled: a directory named as {@code CheckClasses} expects. */
    private static final String CLASSES = "target/sweep/" + Path.of(VariantClasses.CLASSES).getFileName();
    /** A sweep variant that hangs is killed sooner than a shipped mutant's checks are stopped. */
    private static final int TIME_LIMIT_SECONDS = 120;
    private static final Pattern COMPILE_ERROR_PACKAGE = Pattern.compile("/mutants/(\\w+)/");

    private final Catalog catalog;
    private final LabsHome home;
    private final PrintStream out;
    private final Map<Path, List<VariantEdits>> keptVariants = new HashMap<>();
    /** One per module, so that its solution files are read once for all the module's variants. */
    private final Map<Path, VariantClasses> variantClasses = new HashMap<>();

    SweepCommand(Catalog catalog, LabsHome home, PrintStream out) {
        this.catalog = catalog;
        this.home = home;
        this.out = out;
    }

    /** One variant to run: its generated name, what it is, and its edits. */
    private record Candidate(Exercise exercise, String description, VariantEdits variant) {
    }

    int run(String[] args) {
        String name = null;
        Path variantsDir = null;
        int max = 0;
        boolean dryRun = false;
        boolean strict = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--strict" -> strict = true;
                case "--max" -> max = positive("--max", i + 1 < args.length ? args[++i] : null);
                case "--variants" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--variants needs a directory of .mutant files");
                    }
                    variantsDir = Path.of(args[++i]).toAbsolutePath();
                    if (!Files.isDirectory(variantsDir)) {
                        throw new UsageException("--variants " + variantsDir + ": no such directory");
                    }
                }
                default -> {
                    if (args[i].startsWith("-") || name != null) {
                        throw new UsageException("./labs sweep takes at most one lab or exercise and the options "
                                + "--variants DIR, --strict, --max N, --dry-run; got " + Arrays.toString(args) + ".");
                    }
                    name = args[i];
                }
            }
        }
        if (strict && variantsDir == null) {
            throw new UsageException("--strict judges the wrong answers of a directory: give it with --variants DIR.");
        }
        // No name: every lab's exercises in one run, so that exercises of different labs run side by side.
        List<Exercise> exercises = name == null
                ? catalog.labs().stream().flatMap(lab -> lab.exercises().stream()).toList() : select(name);
        if (name == null) {
            name = "every lab";
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            for (Exercise exercise : exercises) {
                List<Candidate> ofExercise = variantsDir == null ? generated(exercise) : given(exercise, variantsDir, strict);
                candidates.addAll(sample(ofExercise, max));
            }
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            // A .mutant file that cannot be read, or an edit the solution no longer has the text of.
            System.err.println("✗ " + unreadable.getMessage());
            return 1;
        }
        int known = candidates.size();
        candidates.removeIf(this::isKnown);
        known -= candidates.size();
        if (known > 0) {
            out.printf("%d variant(s) left out: the same change as a mutant, alternative or equivalent the lab keeps%n", known);
        }
        Map<String, Long> perExercise = candidates.stream().collect(Collectors.groupingBy(
                candidate -> candidate.exercise().id(), LinkedHashMap::new, Collectors.counting()));
        out.printf("%d variants of %s (%s)%n", candidates.size(), name, perExercise.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", ")));
        if (dryRun) {
            candidates.forEach(candidate -> out.printf("  %-5s %-16s %s%n", candidate.exercise().id(),
                    candidate.variant().name(), candidate.description()));
            return 0;
        }
        return runAll(exercises, candidates, strict);
    }

    private int runAll(List<Exercise> exercises, List<Candidate> candidates, boolean strict) {
        Path root = home.root();
        Path output = root.resolve(OUTPUT);
        List<String> modules = exercises.stream().map(exercise -> catalog.labOf(exercise).module()).distinct().toList();
        ModuleBuild build = ModuleBuild.maven(home);
        out.printf("Compiling %s and the variants ...%n", String.join(", ", modules));
        if (!new ExerciseChecks(home, build, out).prepare(modules)) {
            return 1;
        }
        Set<String> notCompiling = new LinkedHashSet<>();
        for (String module : modules) {
            List<VariantEdits> ofModule = candidates.stream()
                    .filter(candidate -> catalog.labOf(candidate.exercise()).module().equals(module))
                    .map(Candidate::variant).toList();
            notCompiling.addAll(compile(root.resolve(module), ofModule, build.testClassPath(module)));
        }
        // Only what this sweep writes: a sweep of other labs may be running in this tree, its logs in the same place.
        for (String module : modules) {
            Directories.deleteTree(output.resolve(SURVIVORS).resolve(module));
        }
        createDirectories(output);
        List<Exercise> toRun = exercises.stream().filter(exercise -> candidates.stream().anyMatch(candidate ->
                candidate.exercise().equals(exercise) && !notCompiling.contains(candidate.variant().name()))).toList();
        long start = System.nanoTime();
        MutantChecks mutantChecks = new MutantChecks(root, exercise -> catalog.labOf(exercise).module(),
                MutantChecks.defaultJobs(), MutantChecks.defaultMostJobs(), out, CLASSES, output,
                List.of("--time-limit", String.valueOf(TIME_LIMIT_SECONDS), "--sweep"));
        mutantChecks.run(toRun, build);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        Map<String, String> verdicts = verdictsOf(mutantChecks.verdicts());
        report(candidates, notCompiling, verdicts, output, seconds);
        return strict ? strictVerdict(candidates, notCompiling, verdicts) : 0;
    }

    /**
     * {@code --strict}: 0 when every wrong answer that is not marked {@code open:} was rejected naming its mistake
     * (the verdict {@code rejected}); else prints each one that was not, and returns 1.
     */
    private int strictVerdict(List<Candidate> candidates, Set<String> notCompiling, Map<String, String> verdicts) {
        List<String> problems = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String name = candidate.variant().name();
            String verdict = notCompiling.contains(name) ? "does not compile" : verdicts.getOrDefault(name, "NOT RUN");
            if (!verdict.equals(CheckRunner.REJECTED) && candidate.variant().open() == null) {
                problems.add(String.format("  %-5s %-32s %s", candidate.exercise().id(), name, verdict));
            }
        }
        if (problems.isEmpty()) {
            out.println("--strict: every wrong answer not marked open: was rejected naming its mistake.");
            return 0;
        }
        out.printf("--strict: %d wrong answer(s) not rejected naming the mistake (UNNAMED: rejected, but no failure "
                + "mentions its words; see each exercise's log above):%n", problems.size());
        problems.forEach(out::println);
        return 1;
    }

    /** Compiles a module's variants; drops, and returns the names of, those that do not compile. */
    private Set<String> compile(Path moduleDir, List<VariantEdits> variants, String classPath) {
        Set<String> dropped = new LinkedHashSet<>();
        List<VariantEdits> remaining = new ArrayList<>(variants);
        VariantClasses classes = new VariantClasses(moduleDir, Path.of(CLASSES).getParent().toString());
        while (true) {
            SourceCompiler.Outcome outcome = classes.compile(remaining, classPath, home.root());
            if (outcome.ok()) {
                return dropped;
            }
            Set<String> failing = new LinkedHashSet<>();
            for (String line : outcome.errors()) {
                Matcher matcher = COMPILE_ERROR_PACKAGE.matcher(line);
                if (matcher.find()) {
                    failing.add(matcher.group(1));
                }
            }
            if (failing.isEmpty()) {
                throw new IllegalStateException("The variants of " + moduleDir.getFileName() + " do not compile, "
                        + "and the compiler names none of them:\n" + String.join("\n", outcome.errors()));
            }
            dropped.addAll(failing);
            remaining.removeIf(variant -> failing.contains(variant.name()));
        }
    }

    private void report(List<Candidate> candidates, Set<String> notCompiling, Map<String, String> verdicts, Path output,
            long seconds) {
        out.printf("%n  %-6s %8s %13s %7s %9s%n", "lab", "variants", "not compiled", "killed", "survived");
        Map<String, int[]> perLab = new LinkedHashMap<>();
        List<Candidate> survivors = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int[] counts = perLab.computeIfAbsent(catalog.labOf(candidate.exercise()).id(), lab -> new int[4]);
            counts[0]++;
            String verdict = verdicts.getOrDefault(candidate.variant().name(), "NOT RUN");
            if (notCompiling.contains(candidate.variant().name())) {
                counts[1]++;
            } else if (verdict.equals(CheckRunner.REJECTED) || verdict.equals("UNNAMED")) {
                counts[2]++;
            } else {
                counts[3]++;
                survivors.add(candidate);
            }
        }
        perLab.forEach((lab, counts) -> out.printf("  %-6s %8d %13d %7d %9d%n", lab, counts[0], counts[1], counts[2],
                counts[3]));
        out.printf("%n%d survivor(s) in %d s; each one is a gap in the checks or equivalent to the solution:%n",
                survivors.size(), seconds);
        Path survivorsDir = output.resolve(SURVIVORS);
        for (Candidate survivor : survivors) {
            out.printf("  %-5s %-16s %s%s%n", survivor.exercise().id(), survivor.variant().name(),
                    survivor.description(), verdicts.containsKey(survivor.variant().name()) ? ""
                            : " (its checks did not run: see " + home.root().relativize(output) + "/"
                                    + survivor.exercise().id() + ".log)");
            write(survivor, survivorsDir.resolve(catalog.labOf(survivor.exercise()).module()));
        }
        if (!survivors.isEmpty()) {
            out.printf("Each one as a .mutant file to complete and keep: %s%n", home.root().relativize(survivorsDir));
        }
    }

    /** The single-edit variants of the lines the student writes for {@code exercise}. */
    private List<Candidate> generated(Exercise exercise) {
        Path moduleDir = home.module(catalog.labOf(exercise).module());
        VariantClasses classes = classesOf(moduleDir);
        String solutionPackage = classes.solutionPackage();
        Path solutionDir = moduleDir.resolve("src/main/java").resolve(solutionPackage.replace('.', '/'));
        Path starterDir = solutionDir.resolveSibling("starter");
        String marker = Todo.marker(exercise.id());
        List<Candidate> candidates = new ArrayList<>();
        for (Class<?> edited : exercise.edits()) {
            String file = edited.getSimpleName() + ".java";
            List<String> solution = lines(solutionDir.resolve(file));
            List<String> starter = lines(starterDir.resolve(file));
            List<Integer> written = SweepMutations.studentBlocks(solution, starter).stream()
                    .filter(block -> block.belongsTo(marker))
                    .flatMap(block -> block.solutionLines().stream()).toList();
            SweepMutations mutations = new SweepMutations(simpleName -> enumConstants(simpleName, solution, solutionPackage));
            for (SweepMutations.Mutation mutation : mutations.of(file, solution, written)) {
                String variantName = "sweep_" + exercise.id().replace('.', '_') + "_" + (candidates.size() + 1);
                VariantEdits.Edit edit = VariantEdits.replacingLine(file, solution, mutation.line(),
                        mutation.after().isEmpty() ? null : mutation.after());
                candidates.add(new Candidate(exercise, mutation.describe(), new VariantEdits(variantName,
                        VariantEdits.Kind.MUTANT, exercise.id(), Map.of("exercise", exercise.id(),
                                "misconception", "(sweep) " + mutation.describe(), "mentions", ""), List.of(edit))));
            }
        }
        return candidates;
    }

    /**
     * The {@code .mutant} files of {@code dir} that are wrong answers to {@code exercise}; {@code strict}: judged by
     * their {@code mentions:} words, as a shipped mutant is.
     */
    private List<Candidate> given(Exercise exercise, Path dir, boolean strict) {
        List<Candidate> candidates = new ArrayList<>();
        VariantClasses classes = classesOf(home.module(catalog.labOf(exercise).module()));
        for (VariantEdits variant : VariantEdits.in(dir, false)) {
            if (variant.exercise().equals(exercise.id()) && variant.kind() == VariantEdits.Kind.MUTANT) {
                // Each edit must apply before anything is built: the error names the file and the text.
                variant.files().forEach(file -> classes.source(variant, file));
                Map<String, String> header = new HashMap<>(variant.header());
                // Any failing check kills it: the sweep asks whether the checks notice, not what they say (--strict
                // asks both).
                if (!strict || variant.mentions() == null) {
                    header.put("mentions", "");
                }
                candidates.add(new Candidate(exercise, header.getOrDefault("misconception", ""), new VariantEdits(
                        variant.name(), variant.kind(), variant.exercise(), header, variant.edits())));
            }
        }
        return candidates;
    }

    /**
     * True when {@code candidate} makes the same solution files as a variant its lab keeps (a shipped mutant
     * or alternative, or an equivalent a sweep found before): judged, so not reported again.
     */
    private boolean isKnown(Candidate candidate) {
        Path moduleDir = home.module(catalog.labOf(candidate.exercise()).module());
        VariantClasses classes = classesOf(moduleDir);
        VariantEdits variant = candidate.variant();
        for (VariantEdits kept : keptVariants.computeIfAbsent(moduleDir, VariantEdits::of)) {
            if (kept.exercise().equals(variant.exercise()) && kept.files().equals(variant.files())
                    && variant.files().stream().allMatch(file -> classes.edited(kept, file).equals(classes.edited(variant, file)))) {
                return true;
            }
        }
        return false;
    }

    private VariantClasses classesOf(Path moduleDir) {
        return variantClasses.computeIfAbsent(moduleDir, VariantClasses::new);
    }

    /** At most {@code max} of {@code candidates}, spread evenly over them (all when {@code max} is 0). */
    private static List<Candidate> sample(List<Candidate> candidates, int max) {
        if (max == 0 || candidates.size() <= max) {
            return candidates;
        }
        List<Candidate> sampled = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            sampled.add(candidates.get(i * candidates.size() / max));
        }
        return sampled;
    }

    /** The constants of the enum {@code simpleName} stands for in a solution file, or none. */
    private static List<String> enumConstants(String simpleName, List<String> source, String solutionPackage) {
        List<String> names = new ArrayList<>();
        for (String line : source) {
            if (line.startsWith("import ") && line.endsWith("." + simpleName + ";")) {
                names.add(line.substring("import ".length(), line.length() - 1));
            }
        }
        names.add(solutionPackage + "." + simpleName);
        for (String className : names) {
            try {
                Class<?> type = Class.forName(className, false, SweepCommand.class.getClassLoader());
                if (type.isEnum()) {
                    return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
                }
            } catch (ClassNotFoundException | LinkageError notHere) {
                // Not an enum this launcher knows: no swaps.
            }
        }
        return List.of();
    }

    /** Each variant's verdict, by name, from the lines {@code EXERCISE<tab>NAME<tab>VERDICT<tab>SECONDS}. */
    private static Map<String, String> verdictsOf(List<String> lines) {
        Map<String, String> verdicts = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length >= 3) {
                verdicts.put(fields[1], fields[2]);
            }
        }
        return verdicts;
    }

    private void write(Candidate survivor, Path dir) {
        VariantEdits variant = survivor.variant();
        StringBuilder text = new StringBuilder("# Survived ./labs sweep: a gap in the checks (add the scenario that "
                + "tells it apart, write the misconception and\n# the words a failure must mention, and move this file "
                + "to the lab's " + VariantEdits.DIRECTORY + "), or equivalent (say why there).\n");
        text.append("exercise: ").append(variant.exercise()).append('\n');
        text.append("misconception: ").append(survivor.description()).append('\n');
        text.append("mentions: (the words of the failure that names the misconception)\n");
        for (VariantEdits.Edit edit : variant.edits()) {
            text.append("\nedit ").append(edit.file()).append('\n');
            edit.text().lines().forEach(line -> text.append(line.isEmpty() ? "-" : "- " + line).append('\n'));
            edit.replacement().lines().forEach(line -> text.append(line.isEmpty() ? "+" : "+ " + line).append('\n'));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(variant.name() + ".mutant"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(variant.name() + ".mutant"), e);
        }
    }

    private List<Exercise> select(String name) {
        if (name.matches("\\d+\\.\\d+")) {
            return List.of(catalog.exercise(name));
        }
        Lab lab = catalog.lab(name).orElseThrow(() -> new UnknownNameException("There is no lab or exercise '" + name
                + "'. Labs: " + catalog.labs().stream().map(Lab::id).collect(Collectors.joining(", ")) + "."));
        return lab.exercises();
    }

    private static int positive(String option, String value) {
        if (value != null && value.matches("[1-9]\\d{0,5}")) {
            return Integer.parseInt(value);
        }
        throw new UsageException(option + " needs a positive whole number, not " + value + ".");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
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
