package dev.kafkalabs.support.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildJvmIT {

    /** Prints a line, then idles until it is stopped; a shutdown hook announces a graceful stop. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
            System.out.println("started with " + String.join(",", args));
            new CountDownLatch(1).await(5, TimeUnit.MINUTES);
        }
    }

    /** Fails the way an untouched starter does. */
    public static final class Failing {
        public static void main(String[] args) {
            throw new UnsupportedOperationException("Lab 0.0: write this");
        }
    }

    @Test
    void sigtermRunsShutdownHooks() {
        try (ChildProcess child = ChildJvm.of(Sleeper.class).args("a", "b").start()) {
            child.awaitOutput("started with a,b", Duration.ofSeconds(20));
            child.stopGracefully(Duration.ofSeconds(10));
            assertThat(child.output()).as("output of a JVM stopped with SIGTERM").contains("hook ran");
        }
    }

    @Test
    void killSkipsShutdownHooks() {
        try (ChildProcess child = ChildJvm.of(Sleeper.class).start()) {
            child.awaitOutput("started", Duration.ofSeconds(20));
            child.kill();
            assertThat(child.isAlive()).isFalse();
            assertThat(child.output()).as("output of a JVM killed with SIGKILL").doesNotContain("hook ran");
        }
    }

    @Test
    void aChildThatDiesEarlyIsReportedWithItsOutput() {
        try (ChildProcess child = ChildJvm.of(Failing.class).start()) {
            assertThatThrownBy(() -> child.awaitOutput("never printed", Duration.ofSeconds(20)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("exited (code 1)")
                    .hasMessageContaining("Lab 0.0: write this");
        }
    }
}
