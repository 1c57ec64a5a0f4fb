package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void ratesAreScaledToTheHighest() {
        assertThat(Sparkline.scaled(List.of(0.0, 2.0, 4.0, 1.0))).containsExactly(0.0, 0.5, 1.0, 0.25);
    }

    @Test
    void aQuietFunctionIsFlatAtTheBottom() {
        assertThat(Sparkline.scaled(List.of(0.0, 0.0))).containsExactly(0.0, 0.0);
        assertThat(Sparkline.blocks(List.of(0.0, 0.0, 0.0), 10)).isEqualTo("▁▁▁");
    }

    @Test
    void blocksShowTheNewestRatesFromLowestToHighest() {
        assertThat(Sparkline.blocks(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), 8)).isEqualTo("▁▂▃▄▅▆▇█");
        assertThat(Sparkline.blocks(List.of(9.0, 9.0, 0.0, 7.0), 2)).isEqualTo("▁█");
        assertThat(Sparkline.blocks(List.of(), 8)).isEmpty();
    }

    @Test
    void aServiceAddsUpItsFunctionsAlignedAtTheNewest() {
        assertThat(Sparkline.summed(List.of(List.of(1.0, 2.0, 3.0), List.of(10.0, 20.0))))
                .containsExactly(1.0, 12.0, 23.0);
        assertThat(Sparkline.summed(List.of())).isEmpty();
    }

    @Test
    void aServiceWithoutFunctionsOrAnUnknownRowHasNoRates() {
        assertThat(Sparkline.serviceRates(Fleets.twoHosts(), "beta/nothing")).isEmpty();
        assertThat(Sparkline.serviceRates(Fleets.twoHosts(), "gamma/web")).isEmpty();
        assertThat(Sparkline.serviceRates(Fleets.twoHosts(), "no-slash")).isEmpty();
    }
}
