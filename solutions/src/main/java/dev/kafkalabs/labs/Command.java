package dev.kafkalabs.labs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every {@code ./labs} command with its usage: the one place that says how each is called. {@link Labs}
 * prints the list, and a command's own help for {@code ./labs COMMAND --help} (or {@code -h}), before the
 * command starts anything.
 */
enum Command {

    LIST("./labs list", "list every exercise by id, lab by lab",
            List.of(),
            "./labs list"),
    RUN("./labs run ID|FILE [--starter] [--debug] [-- ARGS...]", "run an exercise's solution (--starter: your code)",
            List.of("ID or FILE     an exercise (3.1) or a source file of one (starter, solution, runner);",
                    "               a file several exercises share lists their ids",
                    "--starter      run your code (the starter package) instead of the solution",
                    "--debug        the program's JVM waits for a debugger on the port it prints (5005 when free)",
                    "-- ARGS...     arguments for the exercise's own program; ./labs run ID -- --help lists them",
                    "Starts an embedded broker for the run when none answers at KAFKA_BOOTSTRAP_SERVERS "
                            + "(default 127.0.0.1:9092)."),
            "./labs run 3.2 --starter"),
    BROKER("./labs broker [--port N] [--data-dir DIR | --secure]",
            "run a Kafka broker here until Ctrl-C (default port 9092)",
            List.of("--port N        the port to listen on (default 9092)",
                    "--data-dir DIR  keep the broker's data in DIR between runs (default: a new temporary directory)",
                    "--secure        a SASL_SSL listener instead; prints the settings other terminals need"),
            "./labs broker --port 9392"),
    CLUSTER("./labs cluster [--brokers N]", "run a cluster of N brokers here (default 3); stop, kill and start them",
            List.of("--brokers N     how many brokers, each in its own JVM (1 to 9, default 3)",
                    "Then type status, stop N, kill N, start N, pause N, resume N, help or quit."),
            "./labs cluster --brokers 3"),
    CONNECT_CLUSTER("./labs connect-cluster [--workers N] [--name NAME]",
            "run N distributed Kafka Connect workers here (default 2); kill, stop and start them",
            List.of("--workers N     how many workers, each in its own JVM (1 to 5, default 2)",
                    "--name NAME     the Connect cluster's name: its group.id and topics (default lab10-connect-cluster)",
                    "Then type status, kill N, stop N, start N, log N, help or quit. Uses the broker ./labs run finds "
                            + "(KAFKA_BOOTSTRAP_SERVERS, e.g. ./labs cluster's)."),
            "./labs connect-cluster --workers 3"),
    CHECK("./labs check [LAB|ID|FILE] [--solution] [--debug] [--expect-fail] [--mutants [--jobs N]]",
            "check your starter code (all labs, one lab, one exercise or a file's exercises)",
            List.of("LAB, ID, FILE  a lab (lab03), an exercise (3.1) or a source file of one (starter, solution,",
                    "               runner: every exercise it belongs to); none: every lab, through Maven",
                    "--solution     check the solutions instead of your code",
                    "--debug        the checks' JVM waits for a debugger on the port it prints (5005 when free);",
                    "               one lab, exercise or file; a check may then take an hour",
                    "--expect-fail  (CI) succeed only when every untouched starter fails its checks (with --mutants:",
                    "               as well as the rest, in the JVM that checks the exercise's wrong answers)",
                    "--mutants      (course authors, CI) the checks reject every known wrong answer and accept "
                            + "every correct alternative",
                    "--jobs N       with --mutants: how many JVMs of exercises side by side (default: three per core, at "
                            + "most six,",
                    "               and up to four per core, at most eight, while the CPU has room)"),
            "./labs check 3.1"),
    WATCH("./labs watch [ID|FILE] [--poll]", "check the current exercise (or ID) again at every save",
            List.of("ID or FILE     the exercise to watch, or a source file: every exercise it belongs to",
                    "               (default: the next exercise not yet passed)",
                    "--poll         look at the files' modification times (every 250 ms) instead of waiting "
                            + "for file-system events"),
            "./labs watch 3.2"),
    HINT("./labs hint ID [--all]", "the next hint for an exercise (--all: every hint)",
            List.of("--all          every hint of the exercise at once"),
            "./labs hint 3.1"),
    PROGRESS("./labs progress", "which exercises pass, and the next one to do",
            List.of(),
            "./labs progress"),
    RESET("./labs reset ID", "put an exercise's starter files back (yours kept as .mine)",
            List.of(),
            "./labs reset 3.1"),
    SWEEP("./labs sweep [LAB|ID] [--variants DIR [--strict]] [--max N] [--dry-run]",
            "(course authors) which single-edit wrong answers do the checks let through?",
            List.of("LAB or ID       a lab (lab03) or an exercise (3.1); none: every lab, side by side",
                    "--variants DIR  run the .mutant files of DIR (a red team's) instead of generated variants",
                    "--strict        exit 1 unless each of them (not marked open:) is rejected naming its mistake",
                    "--max N         at most N variants per exercise, spread over its lines",
                    "--dry-run       list the variants, run nothing",
                    "Generated variants mutate the lines a solution has and its starter does not: delete a "
                            + "statement, flip a boolean,",
                    "swap an enum constant or a time unit, move a comparison's boundary, drop a +/- 1 or a call's "
                            + "only argument.",
                    "Survivors are written to " + SweepCommand.OUTPUT + "/survivors as .mutant files."),
            "./labs sweep 3.1 --dry-run"),
    UI("./labs ui [--port N]", "a live view of the cluster in a web page (groups, lag, topics)",
            List.of("--port N       the port to serve on, 127.0.0.1 only (default 8080)"),
            "./labs ui --port 8081");

    private final String synopsis;
    private final String summary;
    private final List<String> details;
    private final String example;

    Command(String synopsis, String summary, List<String> details, String example) {
        this.synopsis = synopsis;
        this.summary = summary;
        this.details = details;
        this.example = example;
    }

    /** The word after {@code ./labs}. */
    String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the command is called, e.g. {@code ./labs ui [--port N]}. */
    String synopsis() {
        return synopsis;
    }

    /** The command named {@code word}, if there is one. */
    static Optional<Command> named(String word) {
        return Arrays.stream(values()).filter(command -> command.word().equals(word)).findFirst();
    }

    /** What {@code ./labs COMMAND --help} prints. */
    String help() {
        StringBuilder text = new StringBuilder("Usage: " + synopsis + "\n\n" + summary + "\n");
        if (!details.isEmpty()) {
            text.append("\n").append(details.stream().map(line -> "  " + line).collect(Collectors.joining("\n")))
                    .append("\n");
        }
        return text.append("\nExample: ").append(example).toString();
    }

    /** True when {@code argv} (a command's arguments) asks for help before any {@code --}. */
    static boolean asksForHelp(String[] argv) {
        for (String arg : argv) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** Every command with its summary: what {@code ./labs} with no arguments prints. */
    static String overview() {
        int width = 42;
        return "Usage:\n" + Arrays.stream(values())
                .map(command -> command.synopsis.length() <= width
                        ? String.format("  %-" + width + "s %s", command.synopsis, command.summary)
                        : String.format("  %s%n  %-" + width + "s %s", command.synopsis, "", command.summary))
                .collect(Collectors.joining("\n"))
                + "\n\n./labs COMMAND --help explains one command."
                + "\nExamples: ./labs watch    ./labs run 3.2 --starter    ./labs check 3.1    ./labs check lab03";
    }
}
