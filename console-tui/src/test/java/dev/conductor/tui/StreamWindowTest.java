package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class StreamWindowTest {

    private final StreamWindow window = new StreamWindow("Logs of web on alpha", 5);
    private final VirtualConsole console = new VirtualConsole().show(window);

    @Test
    void keepsOnlyTheNewestLines() {
        for (int i = 1; i <= 8; i++) {
            window.append("line " + i);
        }
        console.settle();
        assertThat(console.text()).contains("line 4", "line 8").doesNotContain("line 3");
    }

    @Test
    void fTogglesFollowingAndEscCloses() {
        boolean[] closed = {false};
        window.onClose(() -> closed[0] = true);
        window.status("following");
        console.type("f");
        assertThat(window.statusText()).startsWith("following").contains("follow off");
        console.type("f");
        assertThat(window.statusText()).contains("follow on");
        console.press(KeyType.Escape);
        assertThat(closed[0]).isTrue();
        assertThat(console.gui.getWindows()).isEmpty();
    }
}
