package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogKeysTest {

    private final StreamWindow window = new StreamWindow("Logs of web on alpha", 100);
    private final VirtualConsole console = new VirtualConsole().show(window);

    LogKeysTest() {
        window.timed();
        window.status("following");
    }

    @Test
    void wTogglesWrappingOfLongLines() {
        window.append("12:00:01 web-1: " + "x".repeat(100) + "END");
        console.settle();
        assertThat(console.text()).doesNotContain("END");
        console.type("w");
        assertThat(console.text()).contains("END", "w wrap on");
        console.type("w");
        assertThat(console.text()).doesNotContain("END").contains("w wrap off");
    }

    @Test
    void tHidesAndShowsTimestamps() {
        window.append("12:00:01 web-1: GET /");
        console.settle();
        assertThat(console.text()).contains("12:00:01 web-1: GET /", "t time on");
        console.type("t");
        assertThat(console.text()).contains("web-1: GET /", "t time off").doesNotContain("12:00:01");
        window.append("12:00:02 web-2: POST /");
        console.settle();
        assertThat(console.text()).contains("web-2: POST /").doesNotContain("12:00:02");
        console.type("t");
        assertThat(console.text()).contains("12:00:01 web-1: GET /", "12:00:02 web-2: POST /");
    }

    @Test
    void slashJumpsToTheNextMatchAndNFindsTheOneAfter() {
        for (int i = 1; i <= 60; i++) {
            window.append("12:00:" + i + " web-1: " + (i % 20 == 0 ? "ERROR disk " + i : "ok " + i));
        }
        console.settle();
        console.type("/err");
        assertThat(console.lines().get(23)).startsWith("search: /err_");
        console.press(KeyType.Enter);
        assertThat(window.cursorRow()).isEqualTo(19); // the search wraps around from the end
        assertThat(console.text()).contains("ERROR disk 20", "match at line 20", "follow off");
        console.type("n");
        assertThat(window.cursorRow()).isEqualTo(39);
        assertThat(console.text()).contains("ERROR disk 40");
        window.append("12:01:00 web-1: more");
        console.settle();
        assertThat(window.cursorRow()).isEqualTo(39); // a match stays in view while lines come in
    }

    @Test
    void aSearchMarksOnlyTheMatchedTextEveryTimeItOccurs() {
        window.append("12:00:01 web-1: ok");
        window.append("12:00:02 web-1: error: disk ERROR again");
        console.type("/error");
        console.press(KeyType.Enter);
        int row = console.rowStarting("12:00:02");
        assertThat(console.runsOn(row, MarkedRows.MATCH_BG)).containsExactly("error", "ERROR");
        assertThat(console.runsIn(row, MarkedRows.MATCH_FG)).containsExactly("error", "ERROR");
        assertThat(console.runsOn(console.rowStarting("12:00:01"), MarkedRows.MATCH_BG)).isEmpty();
        console.type("/");
        console.press(KeyType.Enter); // an empty search marks nothing
        assertThat(console.runsOn(row, MarkedRows.MATCH_BG)).isEmpty();
    }

    @Test
    void aSearchWithoutMatchSaysSoAndEscCancelsThePrompt() {
        window.append("12:00:01 web-1: GET /");
        console.type("/nothing");
        console.press(KeyType.Enter);
        assertThat(console.text()).contains("no match for nothing");
        console.type("/abc");
        console.press(KeyType.Escape);
        assertThat(console.gui.getWindows()).containsExactly(window);
        assertThat(console.text()).doesNotContain("search: /");
    }

    @Test
    void evictionWithWrapKeepsTheNewestLines() {
        StreamWindow small = new StreamWindow("Logs", 3);
        VirtualConsole other = new VirtualConsole().show(small);
        other.type("w");
        for (int i = 1; i <= 5; i++) {
            small.append("line " + i + " " + "y".repeat(90));
        }
        other.settle();
        assertThat(other.text()).contains("line 3", "line 5").doesNotContain("line 2");
    }

    @Test
    void wrappedRowsFollowAResize() {
        console.type("w");
        console.resize(120, 30);
        window.append("12:00:01 web-1: " + "z".repeat(90) + "TAIL");
        console.settle();
        assertThat(console.text()).contains("z".repeat(90) + "TAIL");
    }

    @Test
    void theLogsKeyOpensAWindowWithTheLogToggles() {
        FakeLink link = new FakeLink();
        ConsoleWindow console = new ConsoleWindow(Fleets.twoHosts(), host -> Optional.of(link), Runnable::run);
        VirtualConsole screen = new VirtualConsole().show(console);
        screen.type("v");
        screen.press(KeyType.ArrowDown);
        screen.type("l");
        link.send("logs.follow", "line", "{\"timestamp\":\"2026-11-22T03:00:00Z\",\"unit\":\"web-1\",\"message\":\"GET /\"}");
        screen.settle();
        assertThat(screen.text()).contains("2026-11-22T03:00:00Z web-1: GET /", "t time on");
        screen.type("t");
        assertThat(screen.text()).contains("web-1: GET /").doesNotContain("2026-11-22T03:00:00Z");
    }
}
