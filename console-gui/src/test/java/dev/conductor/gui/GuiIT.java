package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.console.view.Grid;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.text.Text;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop console against a real host over real SSH: add the host in the wizard, see the
 * sample service with its display columns, deploy a new version, set its config, roll back,
 * read its logs and run its command. Headless, under Monocle.
 */
@SandboxTest
@ExtendWith(ApplicationExtension.class)
class GuiIT {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static SandboxHost host;
    private static Path home;
    private ConsoleApp.Opened console;

    @BeforeAll
    static void prepareHost(SandboxHost sandbox, @TempDir Path dir) throws Exception {
        host = sandbox;
        home = dir;
        HostFixture.authorizeKey(host, home);
        HostFixture.installAgentWithSample(host);
    }

    @Start
    void start(Stage stage) {
        console = ConsoleApp.open(stage, new GuiOptions(List.of(), false, Optional.of(HostFixture.AGENT_JAR), home,
                VERSION, 0));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void addAHostDeploySetConfigRollBackReadLogsAndRunACommand(FxRobot robot) throws Exception {
        addHost(robot);
        await("the sample service", () -> cell(robot, "hello", "TAG").equals("v1"));
        assertThat(table(robot, "#services-table").getColumns()).extracting(c -> c.getText())
                .containsExactly("NAME", "HOST", "STATE", "DEPLOYMENTS", "TAG", "REQ/S, LAST MINUTE");
        select(robot, "hello");
        await("the deployments", () -> table(robot, "#deployments-table").getItems().size() == 1);
        assertThat(table(robot, "#deployments-table").getColumns()).extracting(c -> c.getText()).contains("TAG");
        await("the environment", () -> robot.lookup("#service-env").queryListView().getItems().contains("TAG=v1"));
        await("the details with display_service_deployment_config", () -> robot.lookup("#service-details")
                .queryListView().getItems().stream().anyMatch(line -> String.valueOf(line).contains("TAG=v1")));

        host.execOk("sed", "-i", "s/\"TAG\": \"v1\"/\"TAG\": \"v2\"/", "/etc/conductor/services/hello/conductor-service.json");
        runWithProgress(robot, "#deploy", "Deploy", "Deploy finished");
        assertThat(robot.lookup("#progress-steps").queryListView().getItems()).hasSizeGreaterThan(2);
        robot.clickOn("#progress-close");
        await("v2 serving", () -> cell(robot, "hello", "TAG").equals("v2"));

        robot.clickOn("#config");
        await("the config", () -> robot.lookup("#config-current").queryListView().getItems().contains("TAG=v2"));
        robot.clickOn("#config-assignments").write("TAG=v1");
        press(robot, "#config-dialog", "Set");
        await("the config set and deployed", () -> robot.lookup("#progress-result").tryQuery().isPresent()
                && !text(robot, "#progress-result").startsWith("Running"));
        assertThat(text(robot, "#progress-result")).startsWith("Configure finished");
        robot.clickOn("#progress-close");
        await("v1 serving after the config change", () -> cell(robot, "hello", "TAG").equals("v1"));

        robot.clickOn("#rollback");
        await("the history", () -> robot.lookup("#rollback-revisions").tryQuery().isPresent()
                && !robot.lookup("#rollback-revisions").queryListView().getItems().isEmpty());
        press(robot, "#rollback-dialog", "Roll back");
        runWithProgress(robot, null, "Roll back", "Rollback finished");
        robot.clickOn("#progress-close");
        await("v2 serving again, the revision before", () -> cell(robot, "hello", "TAG").equals("v2"));
        await("the rollback in the history, asked by this console", () -> robot.lookup("#history-list").queryListView()
                .getItems().stream().map(String::valueOf).anyMatch(line -> line.contains("rollback to")
                        && line.contains("· console (") && line.contains(" via conductor-gui) · succeeded")));
        assertThat(robot.lookup("#timeline .timeline-label").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("console", "config");

        robot.clickOn("#logs");
        await("log lines", () -> robot.lookup("#logs-list").queryListView().getItems().stream()
                .anyMatch(line -> String.valueOf(line).contains("hello")));

        robot.clickOn("#commands");
        ComboBox<?> commands = robot.lookup("#command-choice").queryComboBox();
        await("the commands", () -> !commands.getItems().isEmpty());
        robot.interact(() -> commands.getSelectionModel().select(0));
        robot.clickOn("#command-run");
        await("the exit code", () -> text(robot, "#command-exit").startsWith("exit code"));
        assertThat(text(robot, "#command-exit")).isEqualTo("exit code 0");
        assertThat(robot.lookup("#command-output").queryListView().getItems()).anyMatch(l -> String.valueOf(l).contains("v2"));
    }

    private void addHost(FxRobot robot) throws Exception {
        robot.clickOn("#add-host");
        robot.clickOn("#host-destination").write("root@" + host.ip()).clickOn("#host-connect");
        await("the host key", () -> text(robot, "#host-fingerprint").contains("SHA256:"));
        String fingerprint = host.execOk("ssh-keygen", "-lf", "/etc/ssh/ssh_host_ed25519_key.pub").stdout().split("\\s+")[1];
        assertThat(text(robot, "#host-fingerprint")).endsWith(fingerprint);
        robot.clickOn("#host-trust");
        await("the agent check", () -> text(robot, "#host-agent").contains("is installed"));
        robot.clickOn("#host-finish");
        await("the connection", () -> text(robot, "#status-summary").startsWith("1 host, 1 connected"));
    }

    /** Clicks {@code button} (if any), confirms with {@code confirm}, and waits for the progress panel's result. */
    private void runWithProgress(FxRobot robot, String button, String confirm, String result) throws Exception {
        if (button != null) {
            robot.clickOn(button);
        }
        await("the confirmation", () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        press(robot, "#confirm-dialog", confirm);
        await(result, () -> robot.lookup("#progress-result").tryQuery().isPresent()
                && !text(robot, "#progress-result").startsWith("Running"));
        assertThat(text(robot, "#progress-result")).startsWith(result);
    }

    /** Clicks the button labelled {@code label} inside the dialog {@code dialog}. */
    private static void press(FxRobot robot, String dialog, String label) {
        Button button = robot.lookup(dialog + " .button").<Button>queryAll().stream()
                .filter(b -> label.equals(b.getText()) && b.isVisible() && !b.isDisabled()).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "'"));
        robot.clickOn(button);
    }

    private static void select(FxRobot robot, String name) {
        TableView<Grid.Row> table = table(robot, "#services-table");
        robot.interact(() -> table.getItems().stream().filter(r -> r.cells().get(0).equals(name)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
    }

    /** The cell of the service row {@code name} under the column {@code label}, or "" while there is none. */
    private static String cell(FxRobot robot, String name, String label) {
        TableView<Grid.Row> table = table(robot, "#services-table");
        int column = table.getColumns().stream().map(c -> c.getText()).toList().indexOf(label);
        return table.getItems().stream().filter(r -> r.cells().get(0).equals(name) && column >= 0).findFirst()
                .map(r -> r.cells().get(column)).orElse("");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static TableView<Grid.Row> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFxThread(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("the console never showed " + what, e);
        }
    }

    /** Reads the scene graph on the FX thread: a lookup from the test thread races its changes. */
    private static boolean onFxThread(Callable<Boolean> condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
    }
}
