package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePaneTest {

    @Test
    void positionsSpanThePaneBetweenItsMargins() {
        assertThat(TimelinePane.x(0, 600)).isEqualTo(TimelinePane.MARGIN);
        assertThat(TimelinePane.x(1, 600)).isEqualTo(600 - TimelinePane.MARGIN);
        assertThat(TimelinePane.x(0.5, 600)).isEqualTo(300);
        assertThat(TimelinePane.x(1, 10)).isEqualTo(TimelinePane.MARGIN); // too narrow: all at the start
    }

    @Test
    void marksCloseInTimeAreMovedApartWithinTheMargins() {
        double right = 600 - TimelinePane.MARGIN;
        assertThat(TimelinePane.spread(List.of(48.0, 300.0, 301.0, right), 600))
                .containsExactly(48.0, 301.0 - TimelinePane.GAP, 301.0, right);
        assertThat(TimelinePane.spread(List.of(48.0, right - 1, right), 600))
                .containsExactly(48.0, right - TimelinePane.GAP, right);
    }

    @Test
    void moreMarksThanFitRunOverTheRightKeepingTheirGaps() {
        assertThat(TimelinePane.spread(List.of(48.0, 48.0, 48.0), 100))
                .containsExactly(48.0, 48.0 + TimelinePane.GAP, 48.0 + 2 * TimelinePane.GAP);
    }
}
