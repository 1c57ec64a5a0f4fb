package dev.conductor.gui.action;

import static dev.conductor.gui.action.ActionsHarness.WEB;
import static dev.conductor.gui.action.ActionsHarness.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.gui.action.ProgressModel.Status;
import dev.conductor.gui.action.ProgressModel.Step;
import java.net.InetAddress;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ServiceActionsTest {

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
    void deployGoesFromConfirmationThroughStepsToTheResult(FxRobot robot) throws Exception {
        robot.interact(() -> harness.actions.deploy(WEB));
        assertThat(harness.questions).singleElement().asString().startsWith("Deploy web on alpha?");
        assertThat(harness.link.params.get("service.deploy").path("by").asText())
                .isEqualTo(System.getProperty("user.name") + "@" + InetAddress.getLocalHost().getHostName()
                        + " via conductor-gui");
        assertThat(((ObjectNode) harness.link.params.get("service.deploy")).deepCopy()
                .<JsonNode>without("by")).isEqualTo(FakeLink.json("{\"name\":\"web\",\"timeout_sec\":120,\"drain_sec\":2}"));

        progress("{\"step\":\"start\",\"detail\":\"starting web-2\",\"seconds\":0.1}");
        progress("{\"step\":\"healthy\",\"detail\":\"web-2 healthy\",\"seconds\":2.5}");
        settle();
        assertThat(steps(robot).getItems()).extracting(Step::name, Step::status)
                .containsExactly(tuple("start", Status.DONE),
                        tuple("healthy", Status.RUNNING));
        assertThat(result(robot).getText()).isEqualTo("Running…");

        harness.link.answer("service.deploy", "{\"state\":\"Stable\"}");
        settle();
        assertThat(steps(robot).getItems()).extracting(Step::status).containsOnly(Status.DONE);
        assertThat(result(robot).getText()).isEqualTo("Deploy finished: Stable");
        assertThat(((Stage) result(robot).getScene().getWindow()).getTitle()).isEqualTo("Deploy web on alpha");
        assertThat(harness.notifications.messages()).containsExactly("Deploy web on alpha finished: Stable");
    }

    @Test
    void aFailedDeployShowsTheEnginesReason(FxRobot robot) {
        robot.interact(() -> harness.actions.deploy(WEB));
        progress("{\"step\":\"start\",\"detail\":\"starting web-2\",\"seconds\":0.1}");
        harness.link.results.get("service.deploy")
                .completeExceptionally(new IllegalStateException("web-2 did not become healthy within 120 s"));
        settle();

        assertThat(steps(robot).getItems()).extracting(Step::status).containsExactly(Status.FAILED);
        assertThat(result(robot).getText()).isEqualTo("Deploy failed: web-2 did not become healthy within 120 s");
        assertThat(harness.notifications.messages())
                .containsExactly("Deploy web on alpha failed: web-2 did not become healthy within 120 s");
        assertThat(robot.lookup("#notification").queryAll()).hasSize(1);
    }

    @Test
    void aDeclinedDeploySendsNothing(FxRobot robot) {
        harness.confirms = false;

        robot.interact(() -> harness.actions.deploy(WEB));

        assertThat(harness.questions).hasSize(1);
        assertThat(harness.link.requests).isEmpty();
        assertThat(robot.lookup("#progress-panel").queryAll()).isEmpty();
    }

    @Test
    void aHostThatIsNotConnectedFailsTheDeploy(FxRobot robot) {
        robot.interact(() -> harness.actions.deploy(new ServiceRef("beta", "web")));
        settle();

        assertThat(result(robot).getText()).isEqualTo("Deploy failed: beta is not connected");
        assertThat(harness.notifications.messages())
                .containsExactly("Deploy web on beta failed: beta is not connected");
    }

    @Test
    void stopAsksThenReportsTheAgentsMessage(FxRobot robot) {
        robot.interact(() -> harness.actions.stop(WEB));
        harness.link.answer("service.stop", "{\"message\":\"stopped conductor-service@web.service\"}");
        settle();

        assertThat(harness.questions).containsExactly("Stop web on alpha?");
        assertThat(harness.link.params.get("service.stop")).isEqualTo(FakeLink.json("{\"name\":\"web\"}"));
        assertThat(harness.notifications.messages())
                .containsExactly("Stop web on alpha…", "Stop web on alpha: stopped conductor-service@web.service");
    }

    @Test
    void aFailedRestartReportsTheReason(FxRobot robot) {
        robot.interact(() -> harness.actions.restart(WEB));
        harness.link.results.get("service.restart")
                .completeExceptionally(new IllegalStateException("unit not found"));
        settle();

        assertThat(harness.notifications.messages()).last().isEqualTo("Restart web on alpha failed: unit not found");
    }

    @Test
    void reloadListsTheReportAndReportsBrokenFiles(FxRobot robot) {
        robot.interact(() -> harness.actions.reload("alpha"));
        harness.link.answer("reload", "{\"actions\":[{\"action\":\"updated\",\"service\":\"web\","
                + "\"detail\":\"spec changed\"}],\"errors\":[{\"service\":\"api\",\"file\":\"api.yml\","
                + "\"location\":\"2:11\",\"reason\":\"unknown key\"}]}");
        settle();

        assertThat(harness.questions).containsExactly("Reload all services on alpha?");
        assertThat(steps(robot).getItems()).extracting(Step::detail, Step::status).containsExactly(
                tuple("updated web spec changed", Status.DONE),
                tuple("ERROR api: api.yml:2:11 unknown key", Status.FAILED));
        assertThat(result(robot).getText()).isEqualTo("Reload finished: 1 changed, 1 broken");
        assertThat(harness.notifications.messages())
                .containsExactly("Reload alpha finished: 1 changed, 1 broken: ERROR api: api.yml:2:11 unknown key");
    }

    private void progress(String json) {
        harness.link.send("service.deploy", "progress", json);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Step> steps(FxRobot robot) {
        return robot.lookup("#progress-steps").queryAs(ListView.class);
    }

    private static Label result(FxRobot robot) {
        return robot.lookup("#progress-result").queryAs(Label.class);
    }
}
