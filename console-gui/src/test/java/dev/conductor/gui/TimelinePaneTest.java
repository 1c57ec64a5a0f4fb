package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelinePaneTest {

    @Test
    void positionsSpanThePaneBetweenItsMargins() {
        assertThat(TimelinePane.x(0, 600)).isEqualTo(TimelinePane.MARGIN);
        assertThat(TimelinePane.x(1, 600)).isEqualTo(600 - TimelinePane.MARGIN);
        assertThat(TimelinePane.x(0.5, 600)).isEqualTo(300);
        assertThat(TimelinePane.x(1, 10)).isEqualTo(TimelinePane.MARGIN); // too narrow: all at the start
    }
}
