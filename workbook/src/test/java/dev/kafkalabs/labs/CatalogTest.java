package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.load();

    @Test
    void aLabCanBeNamedSeveralWays() {
        for (String name : List.of("lab03", "lab3", "03", "3", "lab03-producer-consumer")) {
            assertThat(catalog.lab(name)).as("lab named '%s'", name).map(Lab::id).contains("lab03");
        }
        assertThat(catalog.lab("lab10")).map(Lab::id).contains("lab10");
    }

    @Test
    void everyExerciseHasAUniqueIdAMirroredStarterAndAGuideSection() {
        Set<String> ids = new HashSet<>();
        for (Lab lab : catalog.labs()) {
            for (Exercise exercise : lab.exercises()) {
                assertThat(ids.add(exercise.id())).as("exercise id %s is unique", exercise.id()).isTrue();
                assertThat(exercise.id()).as("id of %s", exercise.title()).matches("\\d+\\.\\d+");
                if (!exercise.isSharedRunner()) {
                    assertThat(exercise.mainClass(Variant.STARTER).getPackageName())
                            .as("package of the starter of %s", exercise.id()).endsWith(".starter");
                }
                assertThat(exercise.guideSection()).as("guide section of %s", exercise.id())
                        .startsWith(lab.module() + "/README.md#");
            }
        }
        assertThat(ids).as("exercise ids").contains("3.1");
    }
}
