package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code ./labs cluster} driven through its stdin, as an instructor would type. Two brokers are enough to stop,
 * kill and start one while the other runs (lab 7's checks run the three-broker cluster itself).
 */
class ClusterCommandIT {

    @Test
    void startsAClusterAndStopsKillsAndStartsItsBrokersOnCommand() {
        String commands = String.join("\n", "status", "stop 2", "status", "start 2", "kill 2", "status", "start 2",
                "kill 7", "stop", "dance", "status", "quit", "");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = new ClusterCommand(new ByteArrayInputStream(commands.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[] {"--brokers", "2"});
        String printed = output.toString(StandardCharsets.UTF_8);

        assertThat(exit).as("exit code of ./labs cluster; it printed:%n%s", printed).isZero();
        assertThat(printed).as("what ./labs cluster printed")
                .contains("Cluster ready", "export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:", "Commands (one per line)")
                .contains("Broker 2 stopped.", "Broker 2 killed (SIGKILL).")
                .contains("broker 2", "STOPPED", "KILLED")
                .contains("Broker 2 is back")
                .contains("There is no broker 7", "stop needs one broker id", "Unknown command 'dance'")
                .contains("Cluster stopped, its data deleted.");
        String lastStatus = printed.substring(printed.lastIndexOf("controller"));
        assertThat(lastStatus).as("the last status: every broker running again")
                .contains("broker 1", "broker 2")
                .doesNotContain("STOPPED", "KILLED");
    }
}
