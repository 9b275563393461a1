package dev.kafkalabs.labs;

import dev.kafkalabs.fixture.solution.Farewell;
import dev.kafkalabs.fixture.solution.Greeting;
import dev.kafkalabs.fixture.solution.KeyedRecord;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A three-exercise lab (9.1, 9.2, 9.3) copied from {@code src/test/resources/fixture-lab} into a temporary
 * workbook, compiled with the JDK's compiler, its checks run against a real broker: the student loop's
 * tests use it instead of the real labs (which change under them). Its main classes are also compiled
 * with these tests (see the pom), so that its catalog can name {@link Greeting} and {@link Farewell}.
 */
final class FixtureLab implements Lab {

    static final String MODULE = "lab99-fixture";
    static final String STARTERS = "src/main/java/dev/kafkalabs/fixture/starter/";

    private final Path home;

    private FixtureLab(Path home) {
        this.home = home;
    }

    /** Copies the fixture into {@code home}/{@value #MODULE}; {@code compile}: also its main and test classes. */
    static FixtureLab copyInto(Path home, boolean compile) throws IOException {
        Path source;
        try {
            source = Path.of(FixtureLab.class.getResource("/fixture-lab").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path module = home.resolve(MODULE);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = module.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        FixtureLab lab = new FixtureLab(home);
        if (compile) {
            lab.compile("src/main/java", "target/classes");
            lab.compile("src/test/java", "target/test-classes");
        }
        return lab;
    }

    /** The fixture already copied into {@code home}. */
    static FixtureLab at(Path home) {
        return new FixtureLab(home);
    }

    Path moduleDir() {
        return home.resolve(MODULE);
    }

    Path starter(String simpleName) {
        return moduleDir().resolve(STARTERS + simpleName + ".java");
    }

    Catalog catalog() {
        return Catalog.of(List.of(this));
    }

    /** The fixture's test class path: its own classes, then this test JVM's (JUnit, lab-support, Kafka). */
    ModuleBuild build() {
        return new ModuleBuild() {
            @Override
            public boolean ensureBuilt(List<String> modules, PrintStream out) {
                return true;
            }

            @Override
            public String testClassPath(String module) {
                return String.join(java.io.File.pathSeparator, moduleDir().resolve("target/test-classes").toString(),
                        moduleDir().resolve("target/classes").toString(), dependencies(module));
            }

            @Override
            public String dependencies(String module) {
                return System.getProperty("java.class.path");
            }
        };
    }

    private void compile(String sources, String classes) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(moduleDir().resolve(sources))) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classPath = moduleDir().resolve("target/classes") + java.io.File.pathSeparator
                + System.getProperty("java.class.path");
        SourceCompiler.Outcome outcome = new SourceCompiler(home).compile(files, moduleDir().resolve(classes), classPath);
        if (!outcome.ok()) {
            throw new IllegalStateException("The fixture lab does not compile: " + outcome.errors());
        }
    }

    @Override
    public String id() {
        return "lab99";
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public String title() {
        return "Fixture lab";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("9.1", "Greeting", Object.class, MODULE + "/README.md#91-greeting",
                        List.of(Greeting.class), List.of()),
                new Exercise("9.2", "Farewell", Object.class, MODULE + "/README.md#92-farewell",
                        List.of(Farewell.class), List.of()),
                // 9.3 is an exercise as small as they come (FixtureExerciseIT): its program is its solution's main.
                new Exercise("9.3", "Keyed record", KeyedRecord.class, MODULE + "/README.md#93-keyed-record",
                        List.of(KeyedRecord.class), List.of()));
    }
}
