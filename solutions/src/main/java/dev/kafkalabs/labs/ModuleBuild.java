package dev.kafkalabs.labs;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How the student loop gets a lab module's test class path: built by Maven once (and again when a
 * pom, a check or lab-support changes), so that the hot path runs no Maven at all.
 */
interface ModuleBuild {

    /** Makes sure the module's checks and test class path are built; false, with Maven's errors printed, when not. */
    boolean ensureBuilt(String module, PrintStream out);

    /** Test classes, main classes and dependencies, for the check JVM. */
    String testClassPath(String module);

    /** The dependencies alone (lab-support and the libraries), for compiling the module's main sources. */
    String dependencies(String module);

    /** The Maven build of a workbook checkout. */
    static ModuleBuild maven(LabsHome home) {
        TestClassPaths classPaths = new TestClassPaths(home.root());
        return new ModuleBuild() {
            @Override
            public boolean ensureBuilt(String module, PrintStream out) {
                if (classPaths.isFresh(module)) {
                    return true;
                }
                Path log = home.root().resolve("target").resolve("labs-checks-build.log");
                out.printf("Building the checks of %s with Maven (once; later checks skip this) ...%n", module);
                if (classPaths.build(java.util.List.of(module), log) == 0) {
                    return true;
                }
                out.println("The checks could not be built - most likely the code does not compile. Maven said:");
                out.println(MavenChecks.errorsOf(log));
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
