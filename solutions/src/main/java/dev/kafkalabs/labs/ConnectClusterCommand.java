package dev.kafkalabs.labs;

import dev.kafkalabs.support.Variant;

/**
 * {@code ./labs connect-cluster [--workers N] [--name NAME]}: distributed Connect workers in the foreground
 * (lab 10's {@code ConnectClusterProgram}), against the broker rule's broker as {@code ./labs run} finds it.
 */
final class ConnectClusterCommand {

    /**
     * Found by name, as the labs' catalogs are found through the class path: this module does not depend on
     * the labs it runs.
     */
    static final String PROGRAM = "dev.kafkalabs.lab10.demo.ConnectClusterProgram";

    int run(String[] args) {
        Class<?> program;
        try {
            program = Class.forName(PROGRAM);
        } catch (ClassNotFoundException e) {
            System.err.println("✗ Lab 10 is not on the class path (no " + PROGRAM + "): is lab10-connect built?");
            return 1;
        }
        // The workers take exercise 10.5's settings from the course's solution: an instructor's cluster.
        System.setProperty(Variant.PROPERTY, Variant.SOLUTION.propertyValue());
        return RunCommand.runWithBroker(program, args, "Kafka Connect distributed workers (10.5's solution settings)");
    }
}
