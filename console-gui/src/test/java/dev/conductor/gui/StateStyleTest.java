package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateStyleTest {

    @Test
    void servingStatesAreOk() {
        assertThat(StateStyle.of("Stable")).isEqualTo(StateStyle.OK);
        assertThat(StateStyle.of("active/Running")).isEqualTo(StateStyle.OK);
    }

    @Test
    void retriesAndFailuresAreBad() {
        assertThat(StateStyle.of("TryAgainNext")).isEqualTo(StateStyle.BAD);
        assertThat(StateStyle.of("failed/Exited")).isEqualTo(StateStyle.BAD);
        assertThat(StateStyle.of("broken: conductor-service.json:3:5")).isEqualTo(StateStyle.BAD);
    }

    @Test
    void transitionsAreBusyAndNothingIsIdle() {
        assertThat(StateStyle.of("WaitNext")).isEqualTo(StateStyle.BUSY);
        assertThat(StateStyle.of("activating/Created")).isEqualTo(StateStyle.BUSY);
        assertThat(StateStyle.of("Init")).isEqualTo(StateStyle.IDLE);
        assertThat(StateStyle.of("")).isEqualTo(StateStyle.IDLE);
    }
}
