package dev.conductor.gui.stream;

import static dev.conductor.gui.stream.FxFixture.firstVisible;
import static dev.conductor.gui.stream.FxFixture.lastVisible;
import static dev.conductor.gui.stream.FxFixture.marked;
import static dev.conductor.gui.stream.FxFixture.onFx;
import static dev.conductor.gui.stream.FxFixture.shownCells;
import static dev.conductor.gui.stream.FxFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamLine;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogsPaneTest {

    private final FakeLink link = new FakeLink();
    private LogsPane pane;

    @Start
    void start(Stage stage) {
        pane = LogsPane.follow(FxFixture.calls(link), new ServiceRef("alpha", "web"));
        FxFixture.show(stage, (Parent) pane.node());
    }

    @Test
    void followsTheServiceJournalWithABacklog(FxRobot robot) {
        assertThat(link.params.get("logs.follow")).isEqualTo(FakeLink.json("{\"service\":\"web\",\"lines\":200}"));
        assertThat(pane.title()).isEqualTo("Logs · web on alpha");
        assertThat(robot.lookup("#logs-pane").tryQuery()).isPresent();
    }

    @Test
    void fillsAndFollowsTheEnd(FxRobot robot) {
        send(0, 500);

        assertThat(texts(list(robot))).hasSize(500).startsWith("2026-11-22T04:00:00 web.service: line 0");
        assertThat(lastVisible(list(robot))).isEqualTo(499);
        assertThat(status(robot)).isEqualTo("following · 500 lines");
    }

    @Test
    void pauseKeepsTheScrollWhileLinesStillArrive(FxRobot robot) {
        send(0, 500);
        robot.clickOn("#logs-follow");
        onFx(() -> list(robot).scrollTo(100));
        int top = firstVisible(list(robot));

        send(500, 300);

        assertThat(firstVisible(list(robot))).isEqualTo(top);
        assertThat(list(robot).getItems()).hasSize(800);
        assertThat(status(robot)).isEqualTo("paused · 800 lines · 300 new");
        robot.clickOn("#logs-follow");
        assertThat(lastVisible(list(robot))).isEqualTo(799);
    }

    @Test
    void pauseKeepsTheReadLineInViewWhenOldLinesAreDropped(FxRobot robot) {
        send(0, 10_000);
        robot.clickOn("#logs-follow");
        onFx(() -> list(robot).scrollTo(5_000));
        StreamLine read = list(robot).getItems().get(firstVisible(list(robot)));

        send(10_000, 1_000);

        assertThat(list(robot).getItems().get(firstVisible(list(robot)))).isEqualTo(read);
    }

    @Test
    void staysBoundedAtTheLimit(FxRobot robot) {
        send(0, 15_000);

        assertThat(texts(list(robot))).hasSize(10_000).startsWith(line(5_000)).endsWith(line(14_999));
        assertThat(status(robot)).isEqualTo("following · 10,000 lines · 5,000 older dropped");
        assertThat(lastVisible(list(robot))).isEqualTo(9_999);
    }

    @Test
    void searchSelectsTheNextAndPreviousMatch(FxRobot robot) {
        send(0, 300);
        robot.clickOn("#logs-search").write("LINE 25");

        robot.type(KeyCode.ENTER);
        assertThat(selected(robot)).isEqualTo(25);
        robot.type(KeyCode.ENTER);
        assertThat(selected(robot)).isEqualTo(250);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(selected(robot)).isEqualTo(25);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(selected(robot)).isEqualTo(259); // wrapped around to the last match

        assertThat(robot.lookup("#logs-follow").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(firstVisible(list(robot))).isLessThanOrEqualTo(259);
        assertThat(lastVisible(list(robot))).isGreaterThanOrEqualTo(259);
    }

    @Test
    void onlyTheMatchedTextIsMarkedEveryTimeItOccurs(FxRobot robot) {
        send(0, 12);
        link.send("logs.follow", "line", "{\"timestamp\":\"t\",\"unit\":\"u\",\"message\":\"Line 1 and line 1 again\"}");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#logs-search").write("line 1");

        var shown = shownCells(list(robot));
        assertThat(shown).filteredOn(cell -> cell.getItem().text().endsWith("line 1"))
                .singleElement().satisfies(cell -> assertThat(marked(cell)).containsExactly("line 1"));
        assertThat(shown).filteredOn(cell -> cell.getItem().text().endsWith("again"))
                .singleElement().satisfies(cell -> assertThat(marked(cell)).containsExactly("Line 1", "line 1"));
        assertThat(shown).filteredOn(cell -> !cell.getItem().text().toLowerCase().contains("line 1"))
                .isNotEmpty().allSatisfy(cell -> {
                    assertThat(marked(cell)).isEmpty();
                    assertThat(cell.getText()).isEqualTo(cell.getItem().text());
                });
        robot.eraseText(6);
        assertThat(shown).allSatisfy(cell -> assertThat(marked(cell)).isEmpty());
    }

    @Test
    void noMatchMarksTheSearchField(FxRobot robot) {
        send(0, 20);
        robot.clickOn("#logs-search").write("absent").type(KeyCode.ENTER);

        TextField search = robot.lookup("#logs-search").queryAs(TextField.class);
        assertThat(search.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(selected(robot)).isEqualTo(-1);
    }

    @Test
    void wrapToggleWrapsTheCells(FxRobot robot) {
        send(0, 1);
        link.send("logs.follow", "line", "{\"timestamp\":\"t\",\"unit\":\"u\",\"message\":\"" + "long ".repeat(200) + "\"}");
        WaitForAsyncUtils.waitForFxEvents();
        double oneLine = cell(robot, 0).getHeight();

        robot.clickOn("#logs-wrap");

        assertThat(cell(robot, 0).isWrapText()).isTrue();
        assertThat(cell(robot, 1).getHeight()).isGreaterThan(3 * oneLine);
        assertThat(cell(robot, 1).getWidth()).isLessThanOrEqualTo(list(robot).getWidth());
    }

    @Test
    void clearEmptiesTheList(FxRobot robot) {
        send(0, 50);
        robot.clickOn("#logs-clear");

        assertThat(texts(list(robot))).isEmpty();
        assertThat(status(robot)).isEqualTo("following · 0 lines");
    }

    @Test
    void showsWhyTheStreamEnded(FxRobot robot) {
        send(0, 3);
        link.results.get("logs.follow").completeExceptionally(new IllegalStateException("journal is gone"));

        assertThat(onFx(() -> status(robot))).isEqualTo("ended: journal is gone · 3 lines");
    }

    @Test
    void aHostThatIsNotConnectedEndsAtOnce(FxRobot robot) {
        LogsPane other = onFx(() -> LogsPane.follow(FxFixture.calls(link), new ServiceRef("beta", "web")));

        assertThat(onFx(() -> {
            new Scene((Parent) other.node()).getRoot().applyCss(); // the toolbar's items appear with its skin
            return ((Label) other.node().lookup("#logs-status")).getText();
        }))
                .isEqualTo("ended: beta is not connected · 0 lines");
    }

    @Test
    void closeCancelsTheStream(FxRobot robot) {
        onFx(pane::close);

        assertThat(link.cancelled).isTrue();
        assertThat(status(robot)).startsWith("ended: closed");
    }

    private void send(int from, int count) {
        for (int i = from; i < from + count; i++) {
            link.send("logs.follow", "line",
                    "{\"timestamp\":\"2026-11-22T04:00:00\",\"unit\":\"web.service\",\"message\":\"line " + i + "\"}");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String line(int i) {
        return "2026-11-22T04:00:00 web.service: line " + i;
    }

    private static ListView<StreamLine> list(FxRobot robot) {
        return robot.lookup("#logs-list").queryListView();
    }

    private static ListCell<StreamLine> cell(FxRobot robot, int index) {
        return onFx(() -> robot.lookup("#logs-list .list-cell").<ListCell<StreamLine>>queryAll().stream()
                .filter(cell -> cell.getIndex() == index && cell.isVisible()).findFirst().orElseThrow());
    }

    private static int selected(FxRobot robot) {
        return onFx(() -> list(robot).getSelectionModel().getSelectedIndex());
    }

    private static String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#logs-status").queryAs(Label.class).getText());
    }
}
