package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines a sweep mutates, and how. */
class SweepMutationsTest {

    private static final List<String> SOLUTION = List.of(
            "class Worker {",
            "    void work() {",
            "        // Why: the broker keeps the group's offsets.",
            "        props.put(\"enable.auto.commit\", \"false\");",
            "        if (count < limit) {",
            "            consumer.seek(partition, offset + 1);",
            "        }",
            "        consumer.poll(Duration.ofMillis(100));",
            "        consumer.close();",
            "    }",
            "}");
    private static final List<String> STARTER = List.of(
            "class Worker {",
            "    void work() {",
            "        throw new UnsupportedOperationException(\"Lab 3.5: make it work\");",
            "    }",
            "}");

    @Test
    void theStudentsLinesAreTheSolutionsLinesTheStarterDoesNotHaveWithoutComments() {
        List<SweepMutations.Block> blocks = SweepMutations.studentBlocks(SOLUTION, STARTER);

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).solutionLines()).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(blocks.get(0).belongsTo("Lab 3.5:")).as("the TODO names 3.5").isTrue();
        assertThat(blocks.get(0).belongsTo("Lab 3.4:")).as("the TODO names another exercise").isFalse();
    }

    @Test
    void everyOperatorMakesItsVariantOfTheLine() {
        SweepMutations mutations = new SweepMutations(simpleName -> simpleName.equals("TimeUnit")
                ? List.of("SECONDS", "MILLISECONDS", "MINUTES") : List.of());

        List<String> variants = mutations.of("Worker.java", SOLUTION, List.of(4, 5, 6, 8, 9)).stream()
                .map(mutation -> mutation.operator() + ": " + mutation.after().strip()).toList();

        assertThat(variants).contains(
                "delete statement: ",
                "flip boolean: props.put(\"enable.auto.commit\", \"true\");",
                "move boundary: if (count <= limit) {",
                "drop +/- 1: consumer.seek(partition, offset);",
                "swap time unit: consumer.poll(Duration.ofSeconds(100));",
                "drop argument: consumer.poll();");
        assertThat(variants).as("a statement that is a call is deleted; an if is not")
                .filteredOn(variant -> variant.startsWith("delete")).hasSize(4);
    }

    @Test
    void anEnumConstantIsSwappedForEachOtherConstantOfItsEnum() {
        SweepMutations mutations = new SweepMutations(simpleName -> simpleName.equals("TimeUnit")
                ? List.of("SECONDS", "MILLISECONDS", "MINUTES") : List.of());

        List<String> variants = mutations.of("W.java", List.of("        wait(5, TimeUnit.SECONDS);"), List.of(1)).stream()
                .map(mutation -> mutation.operator() + ": " + mutation.after().strip()).toList();

        // SECONDS to MILLISECONDS is also a time unit's swap: the same line is one variant, not two.
        assertThat(variants).containsExactly("delete statement: ", "swap time unit: wait(5, TimeUnit.MILLISECONDS);",
                "swap enum constant: wait(5, TimeUnit.MINUTES);");
    }

    @Test
    void aLineThatOccursTwiceIsReplacedWithEnoughContextToBeFoundOnce() {
        List<String> lines = List.of("a();", "x();", "b();", "x();", "c();");

        VariantEdits.Edit edit = VariantEdits.replacingLine("F.java", lines, 4, null);

        assertThat(edit.text()).isEqualTo("b();\nx();\nc();\n");
        assertThat(edit.replacement()).isEqualTo("b();\nc();\n");
    }
}
