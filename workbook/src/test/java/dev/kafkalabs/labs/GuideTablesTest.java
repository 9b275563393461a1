package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each lab guide opens with a table of its exercises, one column of which names the classes the student
 * edits ("you edit", "you write", "your code"): it says what the catalog declares, so that the guide a
 * student reads and the files {@code ./labs reset} puts back cannot drift apart.
 */
class GuideTablesTest {

    private static final Pattern EDIT_COLUMN = Pattern.compile("(?i)you edit|you write|your code");
    private static final Pattern EXERCISE_ID = Pattern.compile("\\d+\\.\\d+");
    /** {@code `ClassName`}, or {@code `ClassName.method`}: the guides name methods beside their class. */
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z]\\w*)(?:\\.\\w+)?`");

    @Test
    void everyGuideTableNamesTheClassesTheCatalogDeclaresAsEdited() throws IOException {
        for (Lab lab : Catalog.load().labs()) {
            Path guide = WorkbookTree.root().resolve(lab.module()).resolve("README.md");
            Map<String, Set<String>> table = editedClassesPerExercise(Files.readAllLines(guide));
            Map<String, Set<String>> catalog = new LinkedHashMap<>();
            for (Exercise exercise : lab.exercises()) {
                catalog.put(exercise.id(), exercise.edits().stream().map(Class::getSimpleName)
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
            assertThat(table).as("the classes each exercise edits: by the table of %s (actual), by the catalog of %s (expected)",
                    WorkbookTree.root().relativize(guide), lab.id()).isEqualTo(catalog);
        }
    }

    /** Exercise id to the class names in the edit column of the guide's first table that has one. */
    private static Map<String, Set<String>> editedClassesPerExercise(List<String> guide) {
        Map<String, Set<String>> edits = new LinkedHashMap<>();
        int column = -1;
        for (String line : guide) {
            if (!line.startsWith("|")) {
                if (column >= 0) {
                    break;
                }
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\\|", -1));
            if (column < 0) {
                column = indexOfEditColumn(cells);
                continue;
            }
            Matcher id = EXERCISE_ID.matcher(cells.get(1));
            if (id.find()) {
                Set<String> classes = new TreeSet<>();
                CLASS_NAME.matcher(cells.get(column)).results().forEach(name -> classes.add(name.group(1)));
                edits.put(id.group(), classes);
            }
        }
        assertThat(column).as("a table with a 'you edit' column in the guide").isNotNegative();
        return edits;
    }

    private static int indexOfEditColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (EDIT_COLUMN.matcher(cells.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }
}
