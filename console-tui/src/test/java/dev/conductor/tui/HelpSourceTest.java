package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.view.Fleets;
import org.junit.jupiter.api.Test;

class HelpSourceTest {

    @Test
    void helpListsEveryKey() {
        assertThat(new HelpSource().read(Fleets.twoHosts()).rows()).extracting(row -> row.cells().get(0))
                .contains("/", "s", "S", "Enter", "Esc", "h", "f", "?", "q");
    }
}
