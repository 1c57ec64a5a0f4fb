package dev.conductor.gui.action;

import static dev.conductor.gui.action.ActionsHarness.WEB;
import static dev.conductor.gui.action.ActionsHarness.settle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.view.FakeLink;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConfigDialogTest {

    private final ActionsHarness harness = new ActionsHarness();

    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ActionsHarness.closeOwnedWindows(robot);
    }

    @Test
    void showsTheConfigThenSetsTheTypedValuesAndDeploysThem(FxRobot robot) {
        robot.interact(() -> harness.actions.configure(WEB));
        harness.link.answer("service.config.get",
                "{\"config\":{\"TAG\":\"v1\",\"API_TOKEN\":\"********\"},\"overridden\":[\"TAG\"]}");
        settle();
        assertThat(robot.lookup("#config-current").queryListView().getItems())
                .containsExactly("TAG=v1   (override)", "API_TOKEN=********");
        Button set = setButton(robot);
        assertThat(set.isDisabled()).isTrue();

        robot.clickOn("#config-assignments").write("TAG");
        assertThat(set.isDisabled()).isTrue();
        assertThat(robot.lookup("#config-status").queryAs(Label.class).getText()).contains("has no '='");
        robot.write("=v2 NOTE=\"two words\"");
        robot.clickOn(set);
        settle();
        assertThat(harness.link.params.get("service.config.set")).isEqualTo(FakeLink.json(
                "{\"name\":\"web\",\"reload\":true,\"values\":{\"TAG\":\"v2\",\"NOTE\":\"two words\"}}"));

        harness.link.answer("service.config.set", "{\"message\":\"set TAG, NOTE; deployed revision 3\"}");
        settle();
        assertThat(harness.notifications.messages())
                .containsExactly("Configure web on alpha finished: set TAG, NOTE; deployed revision 3");
    }

    @Test
    void cancelSetsNothing(FxRobot robot) {
        robot.interact(() -> harness.actions.configure(WEB));
        robot.clickOn("#config-assignments").write("TAG=v2");
        Button cancel = robot.lookup("#config-dialog .button").<Button>queryAll().stream()
                .filter(b -> "Cancel".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(cancel);
        settle();
        assertThat(harness.link.requests).containsExactly("service.config.get");
    }

    private static Button setButton(FxRobot robot) {
        DialogPane pane = robot.lookup("#config-dialog").queryAs(DialogPane.class);
        return (Button) pane.lookupButton(pane.getButtonTypes().get(0));
    }
}
