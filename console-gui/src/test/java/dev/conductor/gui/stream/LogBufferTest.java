package dev.conductor.gui.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.console.view.StreamLine;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LogBufferTest {

    private final LogBuffer buffer = new LogBuffer(5);

    @Test
    void keepsLinesInOrderUpToTheLimit() {
        LogBuffer.Change change = buffer.append(out("a", "b", "c"));

        assertThat(change).isEqualTo(new LogBuffer.Change(0, out("a", "b", "c")));
        assertThat(lines()).containsExactly("a", "b", "c");
        assertThat(buffer.dropped()).isZero();
    }

    @Test
    void dropsTheOldestBeyondTheLimitAndCountsThem() {
        buffer.append(out("a", "b", "c", "d"));
        LogBuffer.Change change = buffer.append(out("e", "f", "g"));

        assertThat(change).isEqualTo(new LogBuffer.Change(2, out("e", "f", "g")));
        assertThat(lines()).containsExactly("c", "d", "e", "f", "g");
        assertThat(buffer.dropped()).isEqualTo(2);
    }

    @Test
    void aBatchLargerThanTheLimitKeepsItsNewestLines() {
        buffer.append(out("a", "b"));
        LogBuffer.Change change = buffer.append(numbered(8));

        assertThat(change).isEqualTo(new LogBuffer.Change(2, out("3", "4", "5", "6", "7")));
        assertThat(lines()).containsExactly("3", "4", "5", "6", "7");
        assertThat(buffer.dropped()).isEqualTo(5);
    }

    @Test
    void holdsTheDefaultLimitAfterFifteenThousandLines() {
        LogBuffer big = new LogBuffer();
        for (int i = 0; i < 15; i++) {
            big.append(numbered(1000));
        }

        assertThat(big.size()).isEqualTo(LogBuffer.DEFAULT_LIMIT).isEqualTo(10_000);
        assertThat(big.dropped()).isEqualTo(5_000);
    }

    @Test
    void clearEmptiesAndForgetsTheDropped() {
        buffer.append(numbered(7));
        buffer.clear();

        assertThat(buffer.size()).isZero();
        assertThat(buffer.dropped()).isZero();
        buffer.append(out("x"));
        assertThat(lines()).containsExactly("x");
    }

    @Test
    void findsTheNextMatchIgnoringCaseAndWrapsAround() {
        buffer.append(out("start", "ERROR one", "ok", "an error two", "end"));

        assertThat(buffer.next("error", -1)).isEqualTo(1);
        assertThat(buffer.next("error", 1)).isEqualTo(3);
        assertThat(buffer.next("error", 3)).isEqualTo(1);
    }

    @Test
    void findsThePreviousMatchFromTheEndAndWrapsAround() {
        buffer.append(out("start", "ERROR one", "ok", "an error two", "end"));

        assertThat(buffer.previous("Error", -1)).isEqualTo(3);
        assertThat(buffer.previous("Error", 3)).isEqualTo(1);
        assertThat(buffer.previous("Error", 1)).isEqualTo(3);
    }

    @Test
    void searchesTheKeptLinesAfterDropping() {
        buffer.append(out("needle", "a", "b", "c", "d", "e", "needle"));

        assertThat(buffer.next("needle", -1)).isEqualTo(4);
        assertThat(buffer.get(4).text()).isEqualTo("needle");
    }

    @Test
    void noMatchForAnAbsentOrEmptyNeedle() {
        buffer.append(out("a", "b"));

        assertThat(buffer.next("zzz", -1)).isEqualTo(-1);
        assertThat(buffer.previous("", -1)).isEqualTo(-1);
        assertThat(new LogBuffer().next("a", -1)).isEqualTo(-1);
    }

    @Test
    void refusesANonPositiveLimitAndOutOfRangeLines() {
        assertThatThrownBy(() -> new LogBuffer(0)).hasMessageContaining("0");
        assertThatThrownBy(() -> buffer.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private List<String> lines() {
        return IntStream.range(0, buffer.size()).mapToObj(buffer::get).map(StreamLine::text).toList();
    }

    private static List<StreamLine> numbered(int count) {
        return IntStream.range(0, count).mapToObj(String::valueOf).map(StreamLine::out).toList();
    }

    private static List<StreamLine> out(String... texts) {
        return Stream.of(texts).map(StreamLine::out).toList();
    }
}
