package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateTest {

    @TempDir
    Path dir;

    @Test
    void savedStateComesBack() {
        Path file = dir.resolve("conf/gui.properties");
        WindowState state = new WindowState(10, 20, 1000, 700, true, true, 0.4);
        state.save(file);
        assertThat(WindowState.load(file)).isEqualTo(state);
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        assertThat(WindowState.load(dir.resolve("absent"))).isEqualTo(WindowState.DEFAULT);
        Path damaged = Files.writeString(dir.resolve("gui.properties"), "width=wide\n");
        assertThat(WindowState.load(damaged)).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void tooSmallOrOffScaleValuesAreClamped() throws Exception {
        Path file = Files.writeString(dir.resolve("gui.properties"), "width=10\nheight=5\nsplit=3\n");
        WindowState state = WindowState.load(file);
        assertThat(state.width()).isEqualTo(640);
        assertThat(state.height()).isEqualTo(400);
        assertThat(state.split()).isEqualTo(0.9);
    }
}
