package dev.kafkalabs.labs;

import dev.kafkalabs.support.BrokerUnreachableException;
import dev.kafkalabs.support.cli.UsageException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Java side of the {@code ./labs} script: picks the command ({@link Command} lists them with their
 * usage) and turns a bad argument into one message and exit code 2.
 */
public final class Labs {

    static final String USAGE = Command.overview();

    private Labs() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    static int run(String[] argv) {
        if (argv.length == 0 || List.of("help", "--help", "-h").contains(argv[0])) {
            System.out.println(USAGE);
            return argv.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        Optional<Command> command = Command.named(argv[0]);
        if (command.isPresent() && Command.asksForHelp(rest)) {
            // Before anything starts: help never builds, starts a broker or reads the catalog.
            System.out.println(command.get().help());
            return 0;
        }
        Catalog catalog = Catalog.load();
        try {
            return switch (argv[0]) {
                case "list" -> new ListCommand(catalog).run(rest);
                case "run" -> new RunCommand(catalog).run(rest);
                case "broker" -> new BrokerCommand().run(rest);
                case "cluster" -> new ClusterCommand().run(rest);
                case "connect-cluster" -> new ConnectClusterCommand().run(rest);
                case "check" -> new CheckCommand(catalog).run(rest);
                case "hint" -> new HintCommand(catalog, LabsHome.current()).run(rest);
                case "watch" -> new WatchCommand(catalog, LabsHome.current()).run(rest);
                case "progress" -> new ProgressCommand(catalog, LabsHome.current()).run(rest);
                case "reset" -> new ResetCommand(catalog, LabsHome.current()).run(rest);
                case "ui" -> new UiCommand(LabsHome.current()).run(rest);
                case "sweep" -> new SweepCommand(catalog, LabsHome.current(), System.out).run(rest);
                default -> throw new UsageException("Unknown command '" + argv[0] + "'.");
            };
        } catch (UnknownNameException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (BrokerUnreachableException e) {
            // A configured broker (KAFKA_BOOTSTRAP_SERVERS) that does not answer: one line says which and what to do.
            System.err.println("✗ " + e.getMessage());
            return 1;
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            if (e.helpRequested()) {
                return 0;
            }
            System.err.println();
            System.err.println(USAGE);
            return 2;
        }
    }
}
