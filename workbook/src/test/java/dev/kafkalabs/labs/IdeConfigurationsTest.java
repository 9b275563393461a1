package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IDE configurations in git (IntelliJ's {@code .run/}, VS Code's {@code .vscode/tasks.json} and
 * {@code launch.json}) parse, call {@code ./labs} commands that exist with options those commands have,
 * attach where {@code --debug} waits, and cover what the README promises: watch, check and run the
 * current file's exercise, debug it, broker, cluster, ui.
 */
class IdeConfigurationsTest {

    private static final List<String> PROMISED = List.of("watch", "check", "run", "broker", "cluster", "ui");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root = WorkbookTree.root();

    @Test
    void everyIntellijConfigurationRunsAnExistingLabsCommandOrAttachesToTheDebugPort() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve(".run"))) {
            for (Path file : files.filter(each -> each.toString().endsWith(".run.xml")).sorted().toList()) {
                Element configuration = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                        .getElementsByTagName("configuration").item(0);
                assertThat(configuration).as("the <configuration> of %s", file).isNotNull();
                Map<String, String> options = options(configuration);
                switch (configuration.getAttribute("type")) {
                    case "ShConfigurationType" -> {
                        String script = options.get("SCRIPT_TEXT");
                        assertThat(script).as("the script of %s", file).startsWith("./labs ");
                        assertThat(options).as("%s runs its text in the workbook", file)
                                .containsEntry("EXECUTE_SCRIPT_FILE", "false").containsEntry("SCRIPT_WORKING_DIRECTORY", "$PROJECT_DIR$");
                        commands.add(labsCommand(file, words(script.substring("./labs ".length()))));
                    }
                    case "Application" -> {
                        assertThat(options).as("%s starts the launcher in the workbook", file)
                                .containsEntry("MAIN_CLASS_NAME", Labs.class.getName())
                                .containsEntry("VM_PARAMETERS", "-Dlabs.home=$PROJECT_DIR$");
                        NodeList module = configuration.getElementsByTagName("module");
                        assertThat(module.getLength() == 1 ? ((Element) module.item(0)).getAttribute("name") : null)
                                .as("%s runs on the class path of the module that holds the launcher and every lab", file)
                                .isEqualTo("workbook");
                        commands.add(labsCommand(file, words(options.get("PROGRAM_PARAMETERS"))));
                    }
                    case "Remote" -> assertThat(options).as("%s attaches where --debug waits", file)
                            .containsEntry("HOST", "127.0.0.1").containsEntry("PORT", String.valueOf(DebugAgent.DEFAULT_PORT));
                    default -> fail("%s has a configuration of type '%s'; expected a shell script, an application or a "
                            + "remote debug configuration", file, configuration.getAttribute("type"));
                }
            }
        }
        assertCovered(commands, "$FilePath$", ".run/");
    }

    @Test
    void everyVsCodeTaskRunsAnExistingLabsCommandAndEveryDebugConfigurationAttachesAfterIt() throws IOException {
        JsonNode tasks = JSON.readTree(root.resolve(".vscode/tasks.json").toFile()).get("tasks");
        Map<String, List<String>> byLabel = new HashMap<>();
        for (JsonNode task : tasks) {
            String label = task.get("label").asText();
            assertThat(task.get("command").asText()).as("the command of task '%s'", label).isEqualTo("./labs");
            List<String> args = new ArrayList<>();
            task.get("args").forEach(arg -> args.add(arg.asText()));
            byLabel.put(label, labsCommand(Path.of(".vscode/tasks.json#" + label), args));
        }
        assertCovered(List.copyOf(byLabel.values()), "${file}", ".vscode/tasks.json");

        JsonNode launches = JSON.readTree(root.resolve(".vscode/launch.json").toFile()).get("configurations");
        assertThat(launches).as("launch.json's configurations").isNotEmpty();
        for (JsonNode launch : launches) {
            String name = launch.get("name").asText();
            assertThat(launch.get("request").asText()).as("the request of '%s'", name).isEqualTo("attach");
            assertThat(launch.get("port").asInt()).as("the port '%s' attaches to", name).isEqualTo(DebugAgent.DEFAULT_PORT);
            if (launch.has("preLaunchTask")) {
                String task = launch.get("preLaunchTask").asText();
                assertThat(byLabel).as("the task '%s' runs before", name).containsKey(task);
                assertThat(byLabel.get(task)).as("the task '%s' runs before, which must wait for the debugger", name)
                        .contains("--debug");
                assertAttachesOnceWaiting(tasks, task);
            }
        }
    }

    /**
     * VS Code starts the debugger when the task's background matcher sees its end: the line DebugAgent
     * prints. Its begin pattern must not match that line, as VS Code tries the begin pattern first and a
     * line that matches it is never tried against the end pattern.
     */
    private static void assertAttachesOnceWaiting(JsonNode tasks, String label) {
        JsonNode background = null;
        for (JsonNode task : tasks) {
            if (task.get("label").asText().equals(label)) {
                background = task.path("problemMatcher").path("background");
            }
        }
        assertThat(background).as("the background matcher of task '%s'", label).isNotNull();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new DebugAgent(DebugAgent.DEFAULT_PORT).announce(new PrintStream(printed, true, StandardCharsets.UTF_8), "it", "");
        String waiting = printed.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(Pattern.compile(background.path("endsPattern").asText()).matcher(waiting).find())
                .as("the end pattern of task '%s' matches DebugAgent's line", label).isTrue();
        assertThat(Pattern.compile(background.path("beginsPattern").asText()).matcher(waiting).find())
                .as("the begin pattern of task '%s' leaves DebugAgent's line to the end pattern", label).isFalse();
    }

    /** {@code args}, checked: a {@code ./labs} command, then only options its usage names. */
    private static List<String> labsCommand(Path where, List<String> args) {
        assertThat(args).as("the ./labs arguments of %s", where).isNotEmpty();
        Command command = Command.named(args.get(0)).orElseThrow(() -> new AssertionError(
                where + " calls './labs " + args.get(0) + "', which is not a command: " + Arrays.toString(Command.values())));
        args.stream().filter(arg -> arg.startsWith("--")).forEach(option -> assertThat(command.synopsis())
                .as("the usage of ./labs %s, for the option %s of %s", command.word(), option, where)
                .containsPattern(Pattern.quote(option) + "(?![\\w-])"));
        return args;
    }

    /** Every promised command is there, check and run of the current file, and a run that waits for a debugger. */
    private static void assertCovered(List<List<String>> commands, String currentFile, String where) {
        assertThat(commands.stream().map(args -> args.get(0)).distinct()).as("the ./labs commands in %s", where)
                .containsAll(PROMISED);
        assertThat(commands).as("the configurations in %s", where)
                .contains(List.of("check", currentFile), List.of("run", currentFile, "--starter"),
                        List.of("run", currentFile, "--starter", "--debug"));
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static Map<String, String> options(Element configuration) {
        Map<String, String> options = new HashMap<>();
        NodeList nodes = configuration.getElementsByTagName("option");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element option = (Element) nodes.item(i);
            if (option.getParentNode() == configuration) {
                options.put(option.getAttribute("name"), option.getAttribute("value"));
            }
        }
        return options;
    }
}
