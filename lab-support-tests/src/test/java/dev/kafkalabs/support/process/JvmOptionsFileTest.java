package dev.kafkalabs.support.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmOptionsFileTest {

    @Test
    void readsOneOptionPerLineWithoutCommentsAndBlankLines(@TempDir Path module) throws Exception {
        Files.writeString(module.resolve(JvmOptionsFile.FILE), """
                # why the first option is there
                --add-opens=java.base/java.lang=ALL-UNNAMED

                -Xmx1g   # the heap
                """);

        assertThat(JvmOptionsFile.read(module)).containsExactly("--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx1g");
    }

    @Test
    void aModuleWithoutTheFileNeedsNoOptions(@TempDir Path module) {
        assertThat(JvmOptionsFile.read(module)).isEmpty();
    }
}
