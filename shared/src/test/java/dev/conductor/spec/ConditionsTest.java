package dev.conductor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private final Conditions webFront = new Conditions(
            List.of("web-*.example.org", "edge-?"), Map.of("tier", "front"));

    @Test
    void noConditionMatchesEveryHost() {
        assertThat(Conditions.NONE.matches("anything", Map.of())).isTrue();
    }

    @Test
    void anyHostnameGlobMayMatchAndCaseIsIgnored() {
        assertThat(webFront.matches("web-12.example.org", Map.of("tier", "front"))).isTrue();
        assertThat(webFront.matches("WEB-1.Example.ORG", Map.of("tier", "front"))).isTrue();
        assertThat(webFront.matches("edge-3", Map.of("tier", "front"))).isTrue();
    }

    @Test
    void globCharactersAreTheOnlySpecialOnes() {
        assertThat(webFront.matches("web-1.exampleXorg", Map.of("tier", "front"))).isFalse();
        assertThat(webFront.matches("edge-33", Map.of("tier", "front"))).isFalse();
    }

    @Test
    void everyLabelMustBeCarriedWithTheSameValue() {
        assertThat(webFront.matches("edge-1", Map.of("tier", "back"))).isFalse();
        assertThat(webFront.matches("edge-1", Map.of())).isFalse();
        assertThat(new Conditions(List.of(), Map.of("zone", "a")).matches("any", Map.of("zone", "a", "x", "y")))
                .isTrue();
    }
}
