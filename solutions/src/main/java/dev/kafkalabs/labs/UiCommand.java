package dev.kafkalabs.labs;

import dev.kafkalabs.support.BadEnvironmentException;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./labs ui [--port N]}: the classroom view of the cluster (module {@code classroom-ui}). It runs in
 * a JVM of its own, on that module's class path: its web server must not meet the libraries of the labs
 * on this JVM's class path (lab 10's Connect runtime brings Jetty). Arguments and the environment are
 * checked here first, so that a mistake costs no JVM start.
 */
final class UiCommand {

    static final String MODULE = "classroom-ui";
    private static final String MAIN_CLASS = "dev.kafkalabs.ui.ClassroomUi";

    private final LabsHome home;

    UiCommand(LabsHome home) {
        this.home = home;
    }

    int run(String[] argv) {
        int port = Args.parse(argv, Command.UI.synopsis(), List.of("port"), List.of()).port("port", 8080);
        try {
            KafkaBootstrap.validate();
        } catch (BadEnvironmentException e) {
            System.err.println("✗ " + e.getMessage());
            return 1;
        }
        Path module = home.module(MODULE);
        Path dependencies = module.resolve("target/labs.classpath");
        if (!Files.isRegularFile(dependencies)) {
            System.err.println("✗ The classroom UI is not built (no " + home.root().relativize(dependencies)
                    + "): run ./labs list once, which builds the workbook, then ./labs ui again.");
            return 1;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        passOn(command, KafkaBootstrap.SERVERS_PROPERTY);
        passOn(command, KafkaBootstrap.CLIENT_CONFIG_PROPERTY);
        command.add("-cp");
        try {
            command.add(module.resolve("target/classes") + java.io.File.pathSeparator + Files.readString(dependencies).strip());
        } catch (IOException e) {
            System.err.println("✗ Cannot read " + dependencies + ": " + e.getMessage());
            return 1;
        }
        command.add(MAIN_CLASS);
        command.add("--port");
        command.add(String.valueOf(port));
        return runToEnd(command);
    }

    /** Runs the UI's JVM in this terminal; stopping this JVM (Ctrl-C, kill) stops it too. */
    private static int runToEnd(List<String> command) {
        Process ui;
        try {
            ui = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println("✗ Cannot start a JVM for the classroom UI: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ui.destroy();
            try {
                ui.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ui-stop"));
        try {
            return ui.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static void passOn(List<String> command, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }
}
