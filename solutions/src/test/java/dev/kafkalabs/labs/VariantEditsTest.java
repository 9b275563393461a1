package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a variant file ({@code NAME.mutant}, {@code NAME.alternative}) is read and applied. */
class VariantEditsTest {

    private static final String SOLUTION = """
            package dev.kafkalabs.lab99.solution;

            class Sender {
                void send() {
                    producer.send(record);
                    producer.flush();
                }

                void close() {
                    producer.flush();
                    producer.close();
                }
            }
            """;

    @Test
    void aMutantReplacesTheTextItNamesAndKeepsItsHeader() {
        VariantEdits mutant = mutant("""
                # A comment line.
                exercise: 9.1
                misconception: send() alone sends
                mentions: still in the buffer
                source: the javadoc of KafkaProducer.send

                edit Sender.java
                -         producer.send(record);
                -         producer.flush();
                +         producer.send(record);
                """);

        assertThat(mutant.exercise()).isEqualTo("9.1");
        assertThat(mutant.misconception()).isEqualTo("send() alone sends");
        assertThat(mutant.mentions()).isEqualTo("still in the buffer");
        assertThat(mutant.files()).containsExactly("Sender.java");
        assertThat(mutant.apply("Sender.java", SOLUTION)).isEqualTo(SOLUTION.replace("""
                        producer.send(record);
                        producer.flush();
                """, """
                        producer.send(record);
                """));
    }

    @Test
    void anEditWithoutPlusLinesDeletesItsLinesAndEditsApplyToTheSolutionAsItIs() {
        VariantEdits mutant = mutant("""
                exercise: 9.1
                misconception: closing is enough
                mentions: flush

                edit Sender.java
                -         producer.send(record);
                -         producer.flush();
                +         producer.send(record);

                edit Sender.java
                -     void close() {
                -         producer.flush();
                """ + "+     void close() {\n");

        // The second edit's text occurs once in the solution, though the first edit's result would make two.
        assertThat(mutant.apply("Sender.java", SOLUTION)).doesNotContain("flush").contains("producer.close();");
    }

    @Test
    void anEditWhoseTextIsNotOnceInTheSolutionNamesTheVariantAndTheText() {
        VariantEdits twice = mutant("""
                exercise: 9.1
                misconception: m
                mentions: m

                edit Sender.java
                -         producer.flush();
                """);

        assertThatThrownBy(() -> twice.apply("Sender.java", SOLUTION)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong.mutant no longer applies").hasMessageContaining("occurs 2 times")
                .hasMessageContaining("producer.flush();");
        VariantEdits missing = mutant("""
                exercise: 9.1
                misconception: m
                mentions: m

                edit Sender.java
                -         producer.abort();
                """);
        assertThatThrownBy(() -> missing.apply("Sender.java", SOLUTION)).hasMessageContaining("occurs 0 times");
    }

    @Test
    void textMustStartAtALineStart() {
        VariantEdits partial = mutant("""
                exercise: 9.1
                misconception: m
                mentions: m

                edit Sender.java
                - producer.close();
                """);

        assertThatThrownBy(() -> partial.apply("Sender.java", SOLUTION)).hasMessageContaining("occurs 0 times");
    }

    @Test
    void anAlternativeNeedsDiffersAndAMutantItsMisconceptionAndMention() {
        VariantEdits alternative = VariantEdits.parse("other_way", VariantEdits.Kind.ALTERNATIVE, lines("""
                exercise: 9.1
                differs: flushes through close()

                edit Sender.java
                -         producer.flush();
                -         producer.close();
                +         producer.close();
                """), "other_way.alternative");
        assertThat(alternative.differs()).isEqualTo("flushes through close()");

        assertThatThrownBy(() -> mutant("""
                exercise: 9.1
                misconception: m

                edit Sender.java
                - x
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a 'mentions:' line");
    }

    /** Each malformed file, and the words of its one message (with the file and line where there is one). */
    static Stream<Arguments> malformedFiles() {
        String header = "exercise: 9.1\nmisconception: m\nmentions: m\n";
        return Stream.of(
                Arguments.of(header, "no 'edit FILE.java' block"),
                Arguments.of(header + "\nedit Sender.java\n+ added\n", "wrong.mutant:7: the edit of Sender.java has no - line"),
                Arguments.of(header + "\nedit Sender.java\n+ a\n- b\n",
                        "wrong.mutant:7: the - lines (the text to replace) come before the + lines"),
                Arguments.of(header + "\nedit Sender.java\n-x\n", "wrong.mutant:6: after - or + comes one space"),
                Arguments.of("exercise: 9.1\nwhat: m\n", "wrong.mutant:2: expected a header line"),
                Arguments.of("exercise: 9.1\n\nedit ../Sender.java\n", "'edit' names a .java file of the solution package"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void aMalformedFileIsToldWhereAndWhat(String text, String message) {
        assertThatThrownBy(() -> mutant(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aNameThatIsNoPackageNameIsRefused() {
        assertThatThrownBy(() -> VariantEdits.parse("Wrong-Name", VariantEdits.Kind.MUTANT, List.of(), "Wrong-Name.mutant"))
                .hasMessageContaining("is not a variant name");
    }

    private static VariantEdits mutant(String text) {
        return VariantEdits.parse("wrong", VariantEdits.Kind.MUTANT, lines(text), "wrong.mutant");
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
