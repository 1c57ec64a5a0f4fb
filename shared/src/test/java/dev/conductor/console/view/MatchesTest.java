package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.view.Matches.Span;
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
        assertThat(Matches.spans("abc", "")).isEmpty();
    }

    @Test
    void spansAreEveryOccurrenceIgnoringCase() {
        assertThat(Matches.spans("Error: disk error, ERROR", "error"))
                .containsExactly(new Span(0, 5), new Span(12, 17), new Span(19, 24));
    }

    @Test
    void spansDoNotOverlap() {
        assertThat(Matches.spans("aaaa", "aa")).containsExactly(new Span(0, 2), new Span(2, 4));
        assertThat(Matches.spans("abc", "x")).isEmpty();
    }
}
