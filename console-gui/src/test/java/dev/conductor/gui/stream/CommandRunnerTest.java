package dev.conductor.gui.stream;

import static dev.conductor.gui.stream.FxFixture.onFx;
import static dev.conductor.gui.stream.FxFixture.shownCells;
import static dev.conductor.gui.stream.FxFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamLine;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CommandRunnerTest {

    private static final String COMMANDS = """
            {"commands": [
              {"name": "migrate", "description": "Run database migrations", "contexts": ["service"]},
              {"name": "shell", "description": "", "contexts": ["service"]}]}""";

    private final FakeLink link = new FakeLink();
    private CommandRunner runner;

    @Start
    void start(Stage stage) {
        runner = new CommandRunner(FxFixture.calls(link), new ServiceRef("alpha", "web"));
        FxFixture.show(stage, (Parent) runner.node());
    }

    @Test
    void listsTheServiceCommandsWithTheirDescriptions(FxRobot robot) {
        assertThat(link.params.get("commands.list")).isEqualTo(FakeLink.json("{\"service\":\"web\"}"));
        assertThat(runner.title()).isEqualTo("Commands · web on alpha");
        assertThat(run(robot).isDisabled()).isTrue();

        answer("commands.list", COMMANDS);

        assertThat(onFx(() -> choice(robot).getItems().stream().map(Command::label).toList()))
                .containsExactly("migrate — Run database migrations", "shell");
        assertThat(run(robot).isDisabled()).isTrue(); // nothing chosen yet
    }

    @Test
    void runsWithArgumentsAsAListAndShowsOutputAndExitCode(FxRobot robot) {
        answer("commands.list", COMMANDS);
        robot.clickOn("#command-choice").clickOn("migrate — Run database migrations");
        robot.clickOn("#command-args").write("--to \"v 2\" now; rm -rf /");
        robot.clickOn("#command-run");

        assertThat(link.params.get("command.run")).isEqualTo(FakeLink.json(
                "{\"service\":\"web\",\"command\":\"migrate\",\"args\":[\"--to\",\"v 2\",\"now;\",\"rm\",\"-rf\",\"/\"]}"));
        assertThat(run(robot).isDisabled()).isTrue();
        assertThat(exit(robot).getText()).isEqualTo("running migrate…");

        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"applied 1\\napplied 2\\n\"}");
        link.send("command.run", "output", "{\"stream\":\"stderr\",\"data\":\"done\\n\"}");
        answer("command.run", "{\"exit_code\":0}");

        assertThat(texts(output(robot))).containsExactly("applied 1", "applied 2", "done");
        assertThat(exit(robot).getText()).isEqualTo("exit code 0");
        assertThat(exit(robot).getStyleClass()).contains(Styles.SUCCESS).doesNotContain(Styles.DANGER);
        assertThat(run(robot).isDisabled()).isFalse();
    }

    @Test
    void stderrLinesAreShownApart(FxRobot robot) {
        startRun(robot);
        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"migrating\\n\"}");
        link.send("command.run", "output", "{\"stream\":\"stderr\",\"data\":\"warning: slow\\nerror: locked\\n\"}");
        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"gave up\\n\"}");
        answer("command.run", "{\"exit_code\":1}");

        var cells = shownCells(output(robot));
        assertThat(cells).filteredOn(cell -> cell.getStyleClass().contains(LineCell.STDERR))
                .extracting(cell -> cell.getItem().text()).containsExactly("warning: slow", "error: locked");
        assertThat(cells).filteredOn(cell -> !cell.getStyleClass().contains(LineCell.STDERR))
                .extracting(cell -> cell.getItem().text()).containsExactly("migrating", "gave up");
        assertThat(onFx(() -> cells.stream().filter(cell -> cell.getItem().stderr()).findFirst().orElseThrow()
                .getTextFill())).isNotEqualTo(onFx(() -> cells.stream().filter(cell -> !cell.getItem().stderr())
                .findFirst().orElseThrow().getTextFill()));
    }

    @Test
    void stopCancelsTheRunningCommandAndSaysItStopped(FxRobot robot) {
        answer("commands.list", COMMANDS);
        assertThat(stop(robot).isDisabled()).isTrue(); // nothing runs
        startRun(robot);
        assertThat(stop(robot).isDisabled()).isFalse();

        robot.clickOn("#command-stop");
        assertThat(link.cancelled).isTrue();
        assertThat(exit(robot).getText()).isEqualTo("stopping…");
        answer("command.run", "null"); // how a cancelled stream ends

        assertThat(exit(robot).getText()).isEqualTo("stopped");
        assertThat(exit(robot).getStyleClass()).contains(Styles.WARNING).doesNotContain(Styles.SUCCESS, Styles.DANGER);
        assertThat(stop(robot).isDisabled()).isTrue();
        assertThat(run(robot).isDisabled()).isFalse();
    }

    @Test
    void enterInTheArgumentsRunsWithNoArguments(FxRobot robot) {
        answer("commands.list", COMMANDS);
        onFx(() -> choice(robot).getSelectionModel().select(1));
        robot.clickOn("#command-args").type(javafx.scene.input.KeyCode.ENTER);

        assertThat(link.params.get("command.run")).isEqualTo(FakeLink.json(
                "{\"service\":\"web\",\"command\":\"shell\",\"args\":[]}"));
    }

    @Test
    void aNonZeroExitCodeIsShownAsDanger(FxRobot robot) {
        startRun(robot);
        answer("command.run", "{\"exit_code\":3}");

        assertThat(exit(robot).getText()).isEqualTo("exit code 3");
        assertThat(exit(robot).getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
    }

    @Test
    void aFailedRunShowsTheReason(FxRobot robot) {
        startRun(robot);
        link.results.get("command.run").completeExceptionally(new IllegalStateException("unknown command: migrate"));

        assertThat(onFx(() -> exit(robot).getText())).isEqualTo("unknown command: migrate");
        assertThat(exit(robot).getStyleClass()).contains(Styles.DANGER);
        assertThat(run(robot).isDisabled()).isFalse();
    }

    @Test
    void aFailedListIsShown(FxRobot robot) {
        link.results.get("commands.list").completeExceptionally(new IllegalStateException("bad_request: service"));

        assertThat(onFx(() -> exit(robot).getText())).isEqualTo("could not list commands: bad_request: service");
    }

    @Test
    void aNewRunClearsTheOutputAndCloseCancelsIt(FxRobot robot) {
        startRun(robot);
        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"first\"}");
        answer("command.run", "{\"exit_code\":0}");
        link.results.remove("command.run");

        robot.clickOn("#command-run");
        assertThat(texts(output(robot))).isEmpty();
        onFx(runner::close);

        assertThat(link.cancelled).isTrue();
    }

    private void startRun(FxRobot robot) {
        answer("commands.list", COMMANDS);
        onFx(() -> choice(robot).getSelectionModel().select(0));
        robot.clickOn("#command-run");
    }

    private void answer(String method, String json) {
        link.answer(method, json);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ComboBox<Command> choice(FxRobot robot) {
        return robot.lookup("#command-choice").queryComboBox();
    }

    private static Button run(FxRobot robot) {
        return robot.lookup("#command-run").queryButton();
    }

    private static Button stop(FxRobot robot) {
        return robot.lookup("#command-stop").queryButton();
    }

    private static Label exit(FxRobot robot) {
        return robot.lookup("#command-exit").queryAs(Label.class);
    }

    private static ListView<StreamLine> output(FxRobot robot) {
        return robot.lookup("#command-output").queryListView();
    }
}
