package dev.conductor.gui.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.ssh.SshPaths;
import dev.conductor.gui.host.AddHostModel.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard's pages without a host: validation, a failed connection, the finish and a missing agent jar. */
@ExtendWith(ApplicationExtension.class)
class AddHostWizardTest {

    @TempDir
    static Path home;
    private final List<String> added = new ArrayList<>();
    private AddHostWizard wizard;

    @Start
    void start(Stage stage) {
        SshOptions options = SshOptions.defaults().withPaths(SshPaths.under(home)).withAgentSocket(null);
        wizard = new AddHostWizard(options, Optional.empty(), "0.1.0", added::add);
        stage.setScene(new Scene(new Label("console"), 300, 200));
        stage.show();
        wizard.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(wizard::close);
    }

    @Test
    void aBadDestinationIsRefusedWithTheReason(FxRobot robot) {
        robot.clickOn("#host-destination").write("root@my host").clickOn("#host-connect");
        assertThat(label(robot, "#host-error")).contains("bad SSH destination 'root@my host'");
        assertThat(wizard.model().step().get()).isEqualTo(Step.ENTER_DESTINATION);
    }

    @Test
    void aHostThatCannotBeReachedFailsNamingIt(FxRobot robot) throws Exception {
        robot.interact(() -> wizard.model().destination().set("root@127.0.0.1:1"));
        robot.clickOn("#host-connect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wizard.model().step().get() == Step.FAILED);
        assertThat(label(robot, "#host-error")).contains("cannot connect to root@127.0.0.1:1");
        assertThat(robot.lookup("#host-connect").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#host-finish").queryButton().isDisabled()).isTrue();
    }

    @Test
    void withoutAnAgentJarInstallIsDisabledWithTheReasonButTheHostCanBeAdded(FxRobot robot) {
        robot.interact(() -> reachAgentCheck("deploy@alpha", Optional.empty()));
        assertThat(label(robot, "#host-agent")).isEqualTo("conductor-agent is not installed on this host");
        Button install = robot.lookup("#host-install").queryButton();
        assertThat(install.isDisabled()).isTrue();
        assertThat(install.isVisible()).isTrue();
        assertThat(label(robot, "#host-install-unavailable")).contains("no agent jar");
        robot.clickOn("#host-finish");
        assertThat(added).containsExactly("deploy@alpha");
    }

    @Test
    void anUpToDateAgentGoesStraightToFinish(FxRobot robot) {
        robot.interact(() -> reachAgentCheck("alpha", Optional.of("0.1.0")));
        assertThat(label(robot, "#host-agent")).isEqualTo("conductor-agent 0.1.0 is installed");
        assertThat(shown(robot.lookup("#host-install").query())).isFalse();
        robot.clickOn("#host-finish");
        assertThat(added).containsExactly("alpha");
    }

    @Test
    void theKeyPageShowsOnlyWhileAKeyIsAsked(FxRobot robot) {
        assertThat(shown(robot.lookup("#host-key-page").query())).isFalse();
        robot.interact(() -> {
            wizard.model().destination().set("alpha");
            wizard.model().connect();
            wizard.model().askKey(new KeyQuestion("alpha", 22,
                    new HostKey("ssh-ed25519", "SHA256:xyz")), new CompletableFuture<>());
        });
        assertThat(shown(robot.lookup("#host-key-page").query())).isTrue();
        assertThat(label(robot, "#host-fingerprint")).isEqualTo("ED25519 key fingerprint is SHA256:xyz");
    }

    /** Moves the model as the SSH work would, without a host. */
    private void reachAgentCheck(String destination, Optional<String> agentVersion) {
        wizard.model().destination().set(destination);
        wizard.model().connect();
        wizard.model().connected();
        wizard.model().agentChecked(agentVersion);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Whether the node and all its parents are visible: TestFX looks at the node alone. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
