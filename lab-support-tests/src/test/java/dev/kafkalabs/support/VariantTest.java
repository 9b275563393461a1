package dev.kafkalabs.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkalabs.support.fixture.solution.Answer;
import dev.kafkalabs.support.fixture.solution.Helper;
import dev.kafkalabs.support.junit.CheckClasses;
import org.junit.jupiter.api.Test;

class VariantTest {

    @Test
    void eachVariantResolvesItsMirror() {
        assertThat(Variant.SOLUTION.resolve(Answer.class)).isEqualTo(Answer.class);
        assertThat(Variant.STARTER.resolve(Answer.class))
                .isEqualTo(dev.kafkalabs.support.fixture.starter.Answer.class);
        assertThat(Variant.mutant("wrong").resolve(Answer.class))
                .isEqualTo(dev.kafkalabs.support.fixture.mutants.wrong.Answer.class);
        assertThat(Variant.alternative("other_way").resolve(Answer.class))
                .isEqualTo(dev.kafkalabs.support.fixture.alternatives.other_way.Answer.class);
    }

    @Test
    void aMutantLeavesTheSolutionClassesItDoesNotHold() {
        assertThat(Variant.mutant("wrong").resolve(Helper.class)).isEqualTo(Helper.class);
        assertThat(Variant.alternative("other_way").resolve(Helper.class)).isEqualTo(Helper.class);
        assertThatThrownBy(() -> Variant.STARTER.resolve(Helper.class))
                .hasMessageContaining("has no class dev.kafkalabs.support.fixture.starter.Helper");
    }

    @Test
    void propertyValuesRoundTrip() {
        for (Variant variant : new Variant[] {Variant.SOLUTION, Variant.STARTER, Variant.mutant("no_keys"),
                Variant.alternative("other_way")}) {
            assertThat(Variant.parse(variant.propertyValue())).isEqualTo(variant);
        }
        assertThat(Variant.parse("mutant:no_keys").mutantName()).isEqualTo("no_keys");
        assertThat(Variant.parse("alternative:other_way").alternativeName()).isEqualTo("other_way");
        assertThatThrownBy(() -> Variant.parse("answer"))
                .hasMessageContaining("solution, starter, mutant:NAME or alternative:NAME");
        assertThatThrownBy(() -> Variant.parse("mutant:No Keys")).hasMessageContaining("not a mutant name");
        assertThatThrownBy(() -> Variant.parse("alternative:No Way")).hasMessageContaining("not an alternative name");
    }

    @Test
    void alternativesAreFoundOnTheTestClassPath() {
        assertThat(CheckClasses.onClassPath().alternatives())
                .anySatisfy(alternative -> {
                    assertThat(alternative.name()).isEqualTo("other_way");
                    assertThat(alternative.exercise()).isEqualTo("0.1");
                });
    }

    @Test
    void mutantsAreFoundOnTheTestClassPath() {
        assertThat(CheckClasses.onClassPath().mutants())
                .anySatisfy(mutant -> {
                    assertThat(mutant.name()).isEqualTo("wrong");
                    assertThat(mutant.exercise()).isEqualTo("0.1");
                });
    }
}
