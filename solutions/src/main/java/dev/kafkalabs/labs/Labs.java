package dev.kafkalabs.labs;

import dev.kafkalabs.support.cli.UsageException;
import java.util.Arrays;
import java.util.List;

/**
 * The Java side of the {@code ./labs} script.
 *
 * <pre>
 * ./labs list                               every exercise by id
 * ./labs run ID [--starter] [-- ARGS...]    run an exercise's solution (or your starter)
 * ./labs broker [--port N]                  a Kafka broker in this terminal until Ctrl-C
 * ./labs cluster [--brokers N]              a multi-broker cluster in this terminal, commands on stdin
 * ./labs check [LAB|ID] [--solution]        run the checks against your starter code
 * ./labs check [LAB|ID] --mutants           prove the checks reject each exercise's wrong answers
 * ./labs hint ID [--all]                    the next hint of an exercise
 * ./labs watch [ID] [--poll]                check the current exercise again at every save
 * ./labs progress                           which exercises pass, and the next one to do
 * ./labs reset ID                           put an exercise's starter back (your version kept as .mine)
 * ./labs ui [--port N]                      a live view of the cluster in a web page (classroom-ui)
 * </pre>
 */
public final class Labs {

    static final String USAGE = String.join("\n",
            "Usage:",
            "  ./labs list                              list every exercise",
            "  ./labs run ID [--starter] [-- ARGS...]   run an exercise's solution (--starter: your code)",
            "  ./labs broker [--port N]                 run a Kafka broker here until Ctrl-C (default port 9092)",
            "  ./labs cluster [--brokers N]             run a cluster of N brokers here (default 3); stop, kill, start them",
            "  ./labs check [LAB|ID] [--solution]       check your starter code (all labs, one lab or one exercise)",
            "  ./labs watch [ID] [--poll]               check the current exercise (or ID) again at every save",
            "  ./labs hint ID [--all]                   the next hint for an exercise (--all: every hint)",
            "  ./labs progress                          which exercises pass, and the next one to do",
            "  ./labs reset ID                          put an exercise's starter files back (yours kept as .mine)",
            "  ./labs ui [--port N]                     a live view of the cluster at http://127.0.0.1:8080/ (groups, lag, topics)",
            "  ./labs check [LAB|ID] --mutants          (course authors, CI) the checks reject every known wrong answer",
            "",
            "Examples: ./labs watch    ./labs run 3.2 --starter    ./labs check 3.1    ./labs check lab03");

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
        Catalog catalog = Catalog.load();
        try {
            return switch (argv[0]) {
                case "list" -> new ListCommand(catalog).run(rest);
                case "run" -> new RunCommand(catalog).run(rest);
                case "broker" -> new BrokerCommand().run(rest);
                case "cluster" -> new ClusterCommand().run(rest);
                case "check" -> new CheckCommand(catalog).run(rest);
                case "hint" -> new HintCommand(catalog, LabsHome.current()).run(rest);
                case "watch" -> new WatchCommand(catalog, LabsHome.current()).run(rest);
                case "progress" -> new ProgressCommand(catalog, LabsHome.current()).run(rest);
                case "reset" -> new ResetCommand(catalog, LabsHome.current()).run(rest);
                case "ui" -> new UiCommand(LabsHome.current()).run(rest);
                default -> throw new UsageException("Unknown command '" + argv[0] + "'.");
            };
        } catch (UnknownNameException e) {
            System.err.println(e.getMessage());
            return 2;
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
