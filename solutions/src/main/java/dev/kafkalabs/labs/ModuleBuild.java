package dev.kafkalabs.labs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@code ./labs} gets a lab module's test class path: built by Maven once (and again when a pom, a check
 * or lab-support changes: {@link TestClassPaths#isFresh}), so that the hot path runs no Maven at all.
 */
interface ModuleBuild {

    /** Makes sure the modules' checks and test class paths are built; false, with Maven's errors printed, when not. */
    boolean ensureBuilt(List<String> modules, PrintStream out);

    /** Test classes, main classes and dependencies, for the check JVM. */
    String testClassPath(String module);

    /** The dependencies alone (lab-support and the libraries), for compiling the module's main sources. */
    String dependencies(String module);

    /** Like {@link #ensureBuilt(List, PrintStream)} for one module. */
    default boolean ensureBuilt(String module, PrintStream out) {
        return ensureBuilt(List.of(module), out);
    }

    /** The Maven build of a workbook checkout: one Maven run for every module that is out of date. */
    static ModuleBuild maven(LabsHome home) {
        TestClassPaths classPaths = new TestClassPaths(home.root());
        return new ModuleBuild() {
            @Override
            public boolean ensureBuilt(List<String> modules, PrintStream out) {
                List<String> stale = modules.stream().filter(module -> !classPaths.isFresh(module)).toList();
                if (stale.isEmpty()) {
                    return true;
                }
                Path log = home.root().resolve("target").resolve("labs-checks-build.log");
                out.printf("Building the checks of %s with Maven (once; later checks skip this) ...%n", String.join(", ", stale));
                if (classPaths.build(stale, log) == 0) {
                    return true;
                }
                out.println("The checks could not be built - most likely the code does not compile. Maven said:");
                out.println(Maven.errorsOf(log));
                out.println("Full log: " + log);
                return false;
            }

            @Override
            public String testClassPath(String module) {
                return classPaths.of(module);
            }

            @Override
            public String dependencies(String module) {
                return classPaths.dependenciesOf(module);
            }
        };
    }
}
