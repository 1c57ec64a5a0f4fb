package dev.conductor.gui.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchesTest {

    @Test
    void containsIgnoringCase() {
        assertThat(Matches.contains("GET /health 500", "health")).isTrue();
        assertThat(Matches.contains("get /Health", "HEALTH")).isTrue();
        assertThat(Matches.contains("abc", "abcd")).isFalse();
    }

    @Test
    void anEmptyNeedleMatchesNothing() {
        assertThat(Matches.contains("abc", "")).isFalse();
        assertThat(Matches.contains("abc", null)).isFalse();
    }
}
