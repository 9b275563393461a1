package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The launcher's command line: what a user sees for good and bad input (no broker needed). */
class LabsTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void listShowsEveryLabWithItsExercises() {
        assertThat(Labs.run(new String[] {"list"})).as("exit code of ./labs list").isZero();
        assertThat(console.stdout())
                .contains("lab03", "3.1    Simple producer", "lab04", "lab05", "lab06", "lab07", "lab08", "lab10");
    }

    @Test
    void listNamesTheEarlierExercisesWhoseCodeAnExerciseRuns() {
        assertThat(Labs.run(new String[] {"list"})).as("exit code of ./labs list").isZero();
        assertThat(console.stdout()).as("./labs list")
                .contains("8.2    Explicit acknowledgement (runs code of 8.1)",
                        "8.4    A consumer that dies holding records (runs code of 8.1, 8.2)")
                .doesNotContain("More consumers than partitions (");
    }

    @Test
    void noArgumentsPrintsUsageAndExits2() {
        assertThat(Labs.run(new String[0])).isEqualTo(2);
        assertThat(console.stdout()).contains("Usage:", "./labs run ID");
    }

    @ParameterizedTest(name = "./labs {0} --help")
    @EnumSource(Command.class)
    void everyCommandExplainsItselfAndStartsNothing(Command command) {
        for (String asked : new String[] {"--help", "-h"}) {
            assertThat(Labs.run(new String[] {command.word(), asked})).as("exit code of ./labs %s %s", command.word(),
                    asked).isZero();
        }
        assertThat(console.stdout()).as("./labs %s --help", command.word())
                .contains("Usage: " + command.synopsis(), "Example: ./labs " + command.word());
        assertThat(console.stderr()).as("./labs %s --help must not start or build anything", command.word()).isEmpty();
    }

    @Test
    void helpAfterTheArgumentsOfAnExerciseIsTheExercisesOwn() {
        assertThat(Command.asksForHelp(new String[] {"3.1", "--", "--help"})).isFalse();
        assertThat(Command.asksForHelp(new String[] {"3.1", "--starter", "-h"})).isTrue();
    }

    @Test
    void anUnknownCommandPrintsUsageAndExits2() {
        assertThat(Labs.run(new String[] {"launch"})).isEqualTo(2);
        assertThat(console.stderr()).contains("Unknown command 'launch'", "Usage:");
    }

    @Test
    void anUnknownExerciseIsNamedAndExits2() {
        assertThat(Labs.run(new String[] {"run", "9.9"})).isEqualTo(2);
        assertThat(console.stderr()).contains("There is no exercise '9.9'", "./labs list");
    }

    @Test
    void runWithoutAnIdExplainsItself() {
        assertThat(Labs.run(new String[] {"run", "--starter"})).isEqualTo(2);
        assertThat(console.stderr()).contains("needs exactly one exercise id");
    }

    @Test
    void checkOfAnUnknownLabListsTheLabs() {
        assertThat(Labs.run(new String[] {"check", "lab99"})).isEqualTo(2);
        assertThat(console.stderr()).contains("There is no lab or exercise 'lab99'", "lab03");
    }

    @Test
    void clusterRejectsABrokerCountOutOfRangeBeforeStartingAnything() {
        assertThat(Labs.run(new String[] {"cluster", "--brokers", "0"})).isEqualTo(2);
        assertThat(console.stderr()).contains("--brokers must be from 1 to 9");
    }

    @Test
    void brokerRejectsAPortOutOfRange() {
        assertThat(Labs.run(new String[] {"broker", "--port", "70000"})).isEqualTo(2);
        assertThat(console.stderr()).contains("--port must be a TCP port");
    }
}
