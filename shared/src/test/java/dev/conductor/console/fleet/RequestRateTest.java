package dev.conductor.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RequestRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theRateIsTheCountersDifferenceOverTheTimeBetweenRows() {
        RequestRate rate = RequestRate.first(100, 0);
        assertThat(rate.perSecond()).isZero();
        assertThat(rate.samples()).isEmpty();

        rate = rate.next(150, SECOND).next(250, 3 * SECOND);

        assertThat(rate.samples()).containsExactly(50.0, 50.0);
        assertThat(rate.perSecond()).isEqualTo(50.0);
        assertThat(rate.requests()).isEqualTo(250);
    }

    @Test
    void rowsCloserThanHalfASecondAreFoldedIntoTheNext() {
        RequestRate rate = RequestRate.first(0, 0).next(5, SECOND / 10);
        assertThat(rate.samples()).isEmpty();

        rate = rate.next(30, SECOND);

        assertThat(rate.samples()).singleElement().satisfies(r -> assertThat(r).isCloseTo(30.0, within(1e-9)));
    }

    @Test
    void aCounterThatGoesBackStartsAgainAndKeepsTheSparkline() {
        RequestRate rate = RequestRate.first(0, 0).next(10, SECOND).next(3, 2 * SECOND);
        assertThat(rate.samples()).containsExactly(10.0);
        assertThat(rate.requests()).isEqualTo(3);

        assertThat(rate.next(13, 3 * SECOND).perSecond()).isEqualTo(10.0);
    }

    @Test
    void quietDropsTheRateToZeroAndCountsOnFromThere() {
        RequestRate rate = RequestRate.first(0, 0).next(20, SECOND).quiet(4 * SECOND);
        assertThat(rate.perSecond()).isZero();
        assertThat(rate.samples()).containsExactly(20.0, 0.0);

        assertThat(rate.next(26, 6 * SECOND).perSecond()).isEqualTo(3.0);
    }

    @Test
    void keepsTheLastSixtyRates() {
        RequestRate rate = RequestRate.first(0, 0);
        for (int i = 1; i <= 100; i++) {
            rate = rate.next(i * (long) i, i * SECOND);
        }
        assertThat(rate.samples()).hasSize(RequestRate.KEPT);
        assertThat(rate.samples().get(0)).isEqualTo(41 * 41 - 40 * 40);
        assertThat(rate.perSecond()).isEqualTo(100 * 100 - 99 * 99);
    }
}
