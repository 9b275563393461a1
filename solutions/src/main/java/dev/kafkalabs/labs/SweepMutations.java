package dev.kafkalabs.labs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single-edit variants of the lines a student writes: the lines of a solution file that its starter
 * does not have, mutated with classic operators, each one a candidate wrong answer for
 * {@code ./labs sweep}. Source text is edited (not bytecode), because many checks run the student's
 * code in JVMs of their own, where a bytecode engine's mutants do not reach.
 *
 * <p>The operators: delete a statement; flip a boolean ({@code true}/{@code false}, also as a string);
 * swap an enum constant for another of its enum; move a comparison's boundary ({@code <}/{@code <=},
 * {@code >}/{@code >=}); drop a {@code + 1} or {@code - 1}; swap a time unit ({@code toMillis}/{@code
 * toSeconds}, {@code ofMillis}/{@code ofSeconds}); drop the argument of a one-argument call (a variant
 * whose overload does not exist does not compile, and is not counted).
 */
final class SweepMutations {

    /** One candidate: the operator, the line it changed (1-based), the line's text before and after. */
    record Mutation(String operator, String file, int line, String before, String after) {

        String describe() {
            return String.format("%s at %s:%d: %s  =>  %s", operator, file, line, before.strip(), after.strip());
        }
    }

    private static final Pattern STATEMENT = Pattern.compile("^\\s*[\\w.]+(\\(.*\\)|\\s*[-+*/]?=.*|\\+\\+|--);\\s*$");
    private static final Pattern BOOLEAN = Pattern.compile("\\b(true|false)\\b");
    private static final Pattern BOUNDARY = Pattern.compile(" (<=|>=|<|>) ");
    private static final Pattern PLUS_MINUS_ONE = Pattern.compile(" [+-] 1\\b(?![.\\d])");
    private static final Map<String, String> UNITS = Map.of("toMillis", "toSeconds", "toSeconds", "toMillis",
            "ofMillis", "ofSeconds", "ofSeconds", "ofMillis", "MILLISECONDS", "SECONDS", "SECONDS", "MILLISECONDS");
    private static final Pattern UNIT = Pattern.compile("\\b(" + String.join("|", UNITS.keySet()) + ")\\b");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern ONE_ARGUMENT_CALL = Pattern.compile("\\.(\\w+)\\(([^(),]+|\\w+\\.\\w+\\([^()]*\\))\\)");

    /** The constants of the enum a simple name in the file stands for, or none when it is no enum. */
    private final Function<String, List<String>> enumConstants;

    SweepMutations(Function<String, List<String>> enumConstants) {
        this.enumConstants = enumConstants;
    }

    /**
     * One stretch of what a student writes: the 1-based numbers of solution lines its starter does not
     * have (comments and blank lines left out), and the starter's lines in their place (the TODO).
     */
    record Block(List<Integer> solutionLines, List<String> starterLines) {

        /** True when the starter's lines here name {@code marker} ("Lab 3.5:"), or name no exercise at all. */
        boolean belongsTo(String marker) {
            String todo = String.join("\n", starterLines);
            return todo.contains(marker) || !todo.matches("(?s).*Lab \\d+\\.\\d+:.*");
        }
    }

    /**
     * The stretches of {@code solution} its {@code starter} does not have: whole lines compared, the shared
     * lines matched in order (their longest common subsequence).
     */
    static List<Block> studentBlocks(List<String> solution, List<String> starter) {
        int n = solution.size();
        int m = starter.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = solution.get(i).equals(starter.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && solution.get(i).equals(starter.get(j))) {
                if (!written.isEmpty()) {
                    blocks.add(new Block(List.copyOf(written), List.copyOf(todo)));
                }
                written.clear();
                todo.clear();
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                todo.add(starter.get(j++));
            } else {
                String line = solution.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*")) {
                    written.add(i + 1);
                }
                i++;
            }
        }
        if (!written.isEmpty()) {
            blocks.add(new Block(List.copyOf(written), List.copyOf(todo)));
        }
        return blocks;
    }

    /** Every single-edit variant of the given lines of {@code solution} (a file named {@code file}). */
    List<Mutation> of(String file, List<String> solution, List<Integer> lines) {
        List<Mutation> mutations = new ArrayList<>();
        for (int number : lines) {
            String line = solution.get(number - 1);
            String code = withoutTrailingComment(line);
            Set<String> variants = new LinkedHashSet<>();
            List<String[]> named = new ArrayList<>();
            if (STATEMENT.matcher(code).matches() && !code.strip().startsWith("return")) {
                named.add(new String[] {"delete statement", ""});
            }
            replaceEach(code, BOOLEAN, match -> match.equals("true") ? "false" : "true", "flip boolean", named);
            replaceEach(code, BOUNDARY, match -> " " + switch (match.strip()) {
                case "<" -> "<=";
                case "<=" -> "<";
                case ">" -> ">=";
                default -> ">";
            } + " ", "move boundary", named);
            replaceEach(code, PLUS_MINUS_ONE, match -> "", "drop +/- 1", named);
            replaceEach(code, UNIT, UNITS::get, "swap time unit", named);
            Matcher constant = ENUM_CONSTANT.matcher(code);
            while (constant.find()) {
                for (String other : enumConstants.apply(constant.group(1))) {
                    if (!other.equals(constant.group(2))) {
                        named.add(new String[] {"swap enum constant", code.substring(0, constant.start(2)) + other
                                + code.substring(constant.end(2))});
                    }
                }
            }
            Matcher call = ONE_ARGUMENT_CALL.matcher(code);
            while (call.find()) {
                named.add(new String[] {"drop argument", code.substring(0, call.start(2)) + code.substring(call.end(2))});
            }
            for (String[] variant : named) {
                if (variants.add(variant[1])) {
                    mutations.add(new Mutation(variant[0], file, number, line, variant[1]));
                }
            }
        }
        return mutations;
    }

    /** One variant per match of {@code pattern} in {@code code}, that match replaced. */
    private static void replaceEach(String code, Pattern pattern, Function<String, String> replacement, String operator,
            List<String[]> named) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            if (inStringOrComment(code, matcher.start()) && !operator.equals("flip boolean")) {
                continue;
            }
            named.add(new String[] {operator, code.substring(0, matcher.start()) + replacement.apply(matcher.group())
                    + code.substring(matcher.end())});
        }
    }

    /** True when {@code index} is inside a string literal of {@code code} (an odd number of quotes before it). */
    private static boolean inStringOrComment(String code, int index) {
        return code.substring(0, index).chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** The line without a {@code //} comment at its end (one outside a string literal). */
    private static String withoutTrailingComment(String line) {
        for (int at = line.indexOf("//"); at >= 0; at = line.indexOf("//", at + 1)) {
            if (!inStringOrComment(line, at)) {
                return line.substring(0, at).stripTrailing();
            }
        }
        return line;
    }
}
