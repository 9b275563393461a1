package dev.kafkalabs.lab10;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@link WorkerProgram}'s output says about its group. */
public final class WorkerLog {

    /** Each assignment the herder logs names the leader by its REST URL: {@code leaderUrl='http://127.0.0.1:8083/'}. */
    private static final Pattern LEADER = Pattern.compile("leaderUrl='https?://([^/']+)/?'");

    /**
     * Each assignment the herder logs ends with how long the worker is to wait before the next rebalance: {@code with
     * rebalance delay: 5000}. After a worker left, that is how long its connectors and tasks wait for it to come back.
     */
    private static final Pattern REBALANCE_DELAY = Pattern.compile("with rebalance delay: (\\d+)");

    private WorkerLog() {
    }

    /** The rebalance delays (ms) of the assignments logged in {@code output}, in order. */
    public static List<Integer> rebalanceDelays(List<String> output) {
        List<Integer> delays = new ArrayList<>();
        for (String line : output) {
            Matcher matcher = REBALANCE_DELAY.matcher(line);
            if (matcher.find()) {
                delays.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return delays;
    }

    /** The id ({@code host:port}) of the group's leader in the last assignment the worker logged, if any. */
    public static Optional<String> lastLeader(List<String> output) {
        String leader = null;
        for (String line : output) {
            Matcher matcher = LEADER.matcher(line);
            if (matcher.find()) {
                leader = matcher.group(1);
            }
        }
        return Optional.ofNullable(leader);
    }

    /** The worker's ERROR lines, each with the line after it (where Connect puts the exception and its reason). */
    public static List<String> errors(List<String> output) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).contains(" ERROR ")) {
                errors.add(output.get(i));
                if (i + 1 < output.size()) {
                    errors.add("  " + output.get(i + 1));
                }
            }
        }
        return errors;
    }
}
