package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import dev.conductor.console.view.Grid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window over a fleet filled directly, with agent calls answered by a fake link. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    @TempDir
    static Path home;

    private final Fleet fleet = Fleets.twoHosts();
    private final FakeLink link = new FakeLink();

    @Start
    void start(Stage stage) {
        MainViewFixture.show(stage, fleet, link, home, 1200, 800);
    }

    @Test
    void servicesOfEveryHostShowWithTheirDisplayColumns(FxRobot robot) {
        TableView<Grid.Row> table = table(robot, "#services-table");
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("NAME", "HOST", "STATE", "DEPLOYMENTS", "URL", "PORT", "REQ/S, LAST MINUTE");
        assertThat(names(table)).containsExactly("api", "web", "worker");
        assertThat(robot.lookup("#status-summary").queryLabeled().getText())
                .isEqualTo("2 hosts, 2 connected · 3 of 3 services shown");
    }

    @Test
    void pickingAHostOrTypingAFilterNarrowsTheTable(FxRobot robot) {
        ListView<String> hosts = robot.lookup("#hosts-list").queryListView();
        robot.interact(() -> hosts.getSelectionModel().select("beta"));
        assertThat(names(table(robot, "#services-table"))).containsExactly("worker");
        robot.interact(() -> hosts.getSelectionModel().select(0));
        robot.clickOn("#services-filter").write("stable");
        assertThat(names(table(robot, "#services-table"))).containsExactly("web", "worker");
    }

    @Test
    void selectingAServiceShowsItsDeploymentsHistoryAndDetails(FxRobot robot) {
        TableView<Grid.Row> services = table(robot, "#services-table");
        assertThat(services.getSelectionModel().getSelectedItem().key()).isEqualTo("alpha/api"); // the first, at once
        robot.interact(() -> services.getSelectionModel().clearSelection());
        assertThat(robot.lookup("#deploy").queryAs(Button.class).isDisabled()).isTrue();
        select(robot, "alpha/web");
        assertThat(robot.lookup("#deploy").queryAs(Button.class).isDisabled()).isFalse();
        TableView<Grid.Row> deployments = table(robot, "#deployments-table");
        assertThat(deployments.getColumns()).extracting(c -> c.getText()).contains("IMAGE");
        assertThat(names(deployments)).containsExactly("web-1", "web-2");

        link.answer("service.history", "{\"serving\":2,\"revisions\":[{\"number\":1,\"created\":\"t1\",\"reason\":\"deploy\"},"
                + "{\"number\":2,\"created\":\"t2\",\"reason\":\"deploy\"}]}");
        link.answer("service.show", "{\"name\":\"web\",\"state\":\"Stable\",\"deployments\":[{\"name\":\"web-2\","
                + "\"part\":\"main\",\"revision\":2,\"display\":{\"TAG\":\"v2\"}}]}");
        link.answer("service.env", "{\"environment\":{\"TAG\":\"v2\",\"API_TOKEN\":\"********\"}}");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#service-env").queryListView().getItems()).contains("TAG=v2", "API_TOKEN=********");
        ListView<String> history = robot.lookup("#history-list").queryListView();
        assertThat(history.getItems()).hasSize(2).first().asString().contains("2").endsWith("(serving)");
        ListView<String> details = robot.lookup("#service-details").queryListView();
        assertThat(details.getItems()).anyMatch(line -> line.contains("web-2") && line.contains("TAG=v2"));
    }

    @Test
    void theFunctionsTabShowsTheSelectedServicesFunctionsWithASparkline(FxRobot robot) throws InterruptedException {
        select(robot, "alpha/web");
        TabPane tabs = robot.lookup("#work-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "tab-functions".equals(tab.getId())).findFirst().orElseThrow()));
        TableView<Grid.Row> functions = table(robot, "#functions-table");
        assertThat(functions.getColumns()).extracting(c -> c.getText()).startsWith("FUNCTION", "SERVICE", "MODE")
                .endsWith("REQ/S, LAST MINUTE");
        assertThat(names(functions)).containsExactly("web");

        Thread.sleep(600); // rows less than half a second apart make no rate
        fleet.function("alpha", Fleets.function("web", "web", 100));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(functions.getItems().get(0).cells().get(7)).isEqualTo("100");
        assertThat(robot.lookup("#functions-table .sparkline").tryQuery()).isPresent();
    }

    @Test
    void eachServiceRowHasASparklineOfItsFunctionsRequestsThatMovesWithTheirRows(FxRobot robot)
            throws InterruptedException {
        assertThat(robot.lookup("#services-table .sparkline").tryQuery()).isEmpty(); // no rates yet

        Thread.sleep(600); // rows less than half a second apart make no rate
        fleet.function("alpha", Fleets.function("web", "web", 100));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#services-table .sparkline").queryAll()).hasSize(1);
        Polyline line = robot.lookup("#services-table .sparkline").query();
        assertThat(line.getPoints()).hasSize(2);
    }

    @Test
    void theHistoryTabDrawsATimelineOfDeploysAndRollbacksWithTheirTriggersAndOutcomes(FxRobot robot) {
        select(robot, "alpha/web");
        link.answer("service.history", "{\"serving\":3,\"revisions\":["
                + "{\"number\":1,\"created\":\"2026-12-01T10:00:00Z\",\"reason\":\"deploy\",\"trigger\":\"cli\","
                + "\"outcome\":\"succeeded\"},"
                + "{\"number\":2,\"created\":\"2026-12-01T11:00:00Z\",\"reason\":\"deploy\",\"trigger\":\"watch\","
                + "\"outcome\":\"failed\"},"
                + "{\"number\":3,\"created\":\"2026-12-01T14:00:00Z\",\"reason\":\"rollback to 1\","
                + "\"trigger\":\"console\",\"by\":\"ann@lap via conductor-gui\",\"outcome\":\"succeeded\"}]}");
        WaitForAsyncUtils.waitForFxEvents();

        Shape first = robot.lookup("#timeline-r1").query();
        Shape failed = robot.lookup("#timeline-r2").query();
        Shape rollback = robot.lookup("#timeline-r3").query();
        assertThat(first).isInstanceOf(Circle.class);
        assertThat(failed.getStyleClass()).contains("timeline-failed");
        assertThat(rollback).isInstanceOf(Polygon.class);
        assertThat(rollback.getStyleClass()).contains("timeline-succeeded", "timeline-serving");
        assertThat(first.getBoundsInParent().getCenterX()).isLessThan(failed.getBoundsInParent().getCenterX());
        assertThat(failed.getBoundsInParent().getCenterX()).isLessThan(rollback.getBoundsInParent().getCenterX());
        assertThat(robot.lookup("#timeline .timeline-label").queryAllAs(Text.class))
                .extracting(Text::getText).contains("r1", "r2", "r3", "cli", "watch", "console");
    }

    @Test
    void liveChangesKeepTheSelectionAndDisableActionsWhenTheHostDrops(FxRobot robot) {
        select(robot, "alpha/web");
        fleet.service("alpha", Fleets.service("web", "Deploying", Map.of("url", "https://web"), "web-1", "web-2"));
        fleet.service("alpha", Fleets.service("aaa", "Stable", Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Grid.Row> table = table(robot, "#services-table");
        assertThat(table.getSelectionModel().getSelectedItem().key()).isEqualTo("alpha/web");
        assertThat(table.getSelectionModel().getSelectedItem().cells()).contains("Deploying");
        fleet.connection("alpha", ConnectionState.DISCONNECTED, null, "connection reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deploy").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void logsAndCommandsOpenInTabsOfTheirOwn(FxRobot robot) {
        select(robot, "alpha/web");
        robot.clickOn("#logs");
        robot.clickOn("#commands");
        assertThat(link.requests).contains("logs.follow", "commands.list");
        assertThat(robot.lookup("#tab-logs").tryQuery()).isPresent();
        assertThat(robot.lookup("#command-runner").tryQuery()).isPresent(); // the selected tab, shown last
    }

    @Test
    void theFleetOfTheSelectedHostOpensInATabOfItsOwn(FxRobot robot) {
        ListView<String> hosts = robot.lookup("#hosts-list").queryListView();
        robot.interact(() -> hosts.getSelectionModel().select("alpha"));
        robot.clickOn("#fleet");
        link.answer("fleet", Fleets.cluster());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link.requests).contains("fleet");
        assertThat(robot.lookup("#tab-fleet").tryQuery()).isPresent();
        assertThat(robot.lookup("#fleet-summary").queryLabeled().getText()).startsWith("Fleet of alpha: 3 services");
    }

    @Test
    void removingAHostForgetsItHereAndInTheSavedList(FxRobot robot) throws Exception {
        Path saved = Files.writeString(home.resolve("hosts"), "alpha\nbeta\n");
        ListView<String> hosts = robot.lookup("#hosts-list").queryListView();
        robot.interact(() -> hosts.getSelectionModel().select("beta"));
        robot.interact(() -> hosts.getContextMenu().getItems().stream()
                .filter(item -> "host-remove".equals(item.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hosts.getItems()).containsExactly("", "alpha");
        assertThat(fleet.host("beta")).isEmpty();
        assertThat(Files.readString(saved)).isEqualTo("alpha\n");
        assertThat(names(table(robot, "#services-table"))).containsExactly("api", "web");
    }

    private static void select(FxRobot robot, String key) {
        TableView<Grid.Row> table = table(robot, "#services-table");
        robot.interact(() -> table.getItems().stream().filter(r -> r.key().equals(key)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Grid.Row> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static List<String> names(TableView<Grid.Row> table) {
        return table.getItems().stream().map(row -> row.cells().get(0)).toList();
    }
}
