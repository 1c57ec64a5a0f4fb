package dev.conductor.gui.shots;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import dev.conductor.console.view.Grid;
import dev.conductor.gui.MainView;
import dev.conductor.gui.MainViewFixture;
import java.nio.file.Path;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes docs/screenshots/gui-timeline.png and gui-functions.png: the main window headless (Monocle),
 * over a fleet with live function rows and a service history answered by a fake agent. Runs only
 * when {@code -Dscreenshots.dir=DIR} is given (installers/gui/screenshot --views).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ViewScreenshots {

    private static final String HISTORY = "{\"serving\":5,\"revisions\":["
            + revision(1, "2026-12-01T09:12:00Z", "start", "start", "", "succeeded") + ","
            + revision(2, "2026-12-01T11:40:00Z", "deploy", "cli", "", "succeeded") + ","
            + revision(3, "2026-12-02T08:05:00Z", "reload: service file changed", "watch", "", "failed") + ","
            + revision(4, "2026-12-02T08:31:00Z", "deploy", "console", "ann@laptop via conductor-gui", "succeeded") + ","
            + revision(5, "2026-12-03T16:20:00Z", "rollback to 2", "console", "ann@laptop via conductor-tui",
                    "succeeded") + "]}";
    @TempDir
    static Path home;
    private final Fleet fleet = Fleets.twoHosts();
    private final FakeLink link = new FakeLink();

    @Start
    void start(Stage stage) {
        Scene scene = MainViewFixture.show(stage, fleet, link, home, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("console.css")).toExternalForm());
    }

    @Test
    void timelineAndSparklines(FxRobot robot) throws Exception {
        LiveRows.feed(fleet);
        select(robot, "alpha/web");
        link.answer("service.history", HISTORY);
        link.answer("service.show", "{\"name\":\"web\",\"state\":\"Stable\"}");
        link.answer("service.env", "{\"environment\":{}}");
        tab(robot, "tab-history");
        Snapshots.write(robot, Path.of(System.getProperty("screenshots.dir"), "gui-timeline.png"));
        tab(robot, "tab-functions");
        Snapshots.write(robot, Path.of(System.getProperty("screenshots.dir"), "gui-functions.png"));
    }

    private static void select(FxRobot robot, String key) {
        TableView<Grid.Row> table = robot.lookup("#services-table").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(r -> r.key().equals(key)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#work-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String revision(int number, String created, String reason, String trigger, String by, String outcome) {
        return "{\"number\":" + number + ",\"created\":\"" + created + "\",\"reason\":\"" + reason + "\",\"trigger\":\""
                + trigger + "\",\"by\":\"" + by + "\",\"outcome\":\"" + outcome + "\"}";
    }
}
