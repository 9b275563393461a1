package dev.kafkalabs.lab11;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.process.JvmOptionsFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test JVM got every option of jvm.options (which ./labs gives its JVMs): pom.xml's argLine repeats them. */
class JvmOptionsIT {

    @Test
    void theTestJvmHasEveryOptionOfTheModulesJvmOptionsFile() {
        // Maven runs the tests in the module's directory.
        var options = JvmOptionsFile.read(Path.of(""));

        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .as("the test JVM's options: pom.xml's <spark.jvm.options> must list every option of jvm.options")
                .containsAll(options);
    }
}
