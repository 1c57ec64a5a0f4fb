package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole window as the launcher opens it, with no hosts: remembered size, theme and split. */
@ExtendWith(ApplicationExtension.class)
class ConsoleAppTest {

    @TempDir
    static Path home;
    private Stage stage;
    private ConsoleApp.Opened console;

    @Start
    void start(Stage stage) {
        // each test starts from the same remembered state: small, dark, the services pane short
        new WindowState(Double.NaN, Double.NaN, 900, 600, false, true, 0.3)
                .save(home.resolve(".config/conductor/gui.properties"));
        this.stage = stage;
        console = ConsoleApp.open(stage, new GuiOptions(List.of(), false, Optional.empty(), home, "dev", 0));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void opensAsLastLeftAndRemembersTheNewSizeOnClose(FxRobot robot) throws Exception {
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isEqualTo(600);
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        assertThat(console.view().split().getDividerPositions()[0]).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.02));

        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.hide();
        });
        WindowState saved = WindowState.load(home.resolve(".config/conductor/gui.properties"));
        assertThat(saved.width()).isEqualTo(1000);
        assertThat(saved.height()).isEqualTo(700);
        assertThat(saved.dark()).isTrue();
        assertThat(Files.exists(home.resolve(".config/conductor/hosts"))).isFalse(); // nothing added, nothing written
    }

    @Test
    void theThemeToggleIsRememberedToo(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.T)
                .release(javafx.scene.input.KeyCode.T, javafx.scene.input.KeyCode.CONTROL);
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("light");
        robot.interact(stage::hide);
        assertThat(WindowState.load(home.resolve(".config/conductor/gui.properties")).dark()).isFalse();
    }
}
