package dev.conductor.gui.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.ssh.SshPaths;
import dev.conductor.gui.host.AddHostModel.Step;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new host with no agent: the wizard shows its real key, records it when trusted, installs the agent and adds it. */
@SandboxTest
@ExtendWith(ApplicationExtension.class)
class AddHostWizardIT {

    private static final String CONSOLE_VERSION = "0.1.0-SNAPSHOT";
    private final List<String> added = new CopyOnWriteArrayList<>();
    private Stage owner;
    private AddHostWizard wizard;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("console"), 300, 200));
        stage.show();
        owner = stage;
    }

    @Test
    void trustsTheHostKeyInstallsTheAgentAndAddsTheHost(SandboxHost host, @TempDir Path home, FxRobot robot) throws Exception {
        HostFixture.authorizeKey(host, home);
        String fingerprint = host.execOk("ssh-keygen", "-lf", "/etc/ssh/ssh_host_ed25519_key.pub").stdout().split("\\s+")[1];
        SshOptions options = SshOptions.defaults().withPaths(SshPaths.under(home)).withAgentSocket(null);
        robot.interact(() -> {
            wizard = new AddHostWizard(options, Optional.of(HostFixture.AGENT_JAR), CONSOLE_VERSION, added::add);
            wizard.show(owner);
        });
        String destination = "root@" + host.ip();
        robot.clickOn("#host-destination").write(destination).clickOn("#host-connect");

        awaitStep(Step.CONFIRM_KEY, 30);
        assertThat(text(robot, "#host-fingerprint")).isEqualTo("ED25519 key fingerprint is " + fingerprint);
        robot.clickOn("#host-trust");

        awaitStep(Step.OFFER_INSTALL, 60);
        assertThat(Files.readString(home.resolve(".ssh/known_hosts"))).startsWith(host.ip() + " ssh-ed25519 ");
        assertThat(text(robot, "#host-agent")).isEqualTo("conductor-agent is not installed on this host");
        robot.clickOn("#host-install");

        awaitStep(Step.DONE, 300);
        assertThat(text(robot, "#host-agent")).isEqualTo("conductor-agent " + CONSOLE_VERSION + " is installed");
        assertThat(robot.lookup("#host-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#host-log").<String>queryListView().getItems())
                .anyMatch(line -> line.startsWith("Java 17")).anyMatch(line -> line.startsWith("Uploaded the agent"))
                .endsWith("Agent installed");
        robot.clickOn("#host-finish");
        assertThat(added).containsExactly(destination);
        assertThat(host.execOk("conductor-agent", "--version").stdout()).contains(CONSOLE_VERSION);
    }

    /** Waits for {@code step}, or a failure, whose reason then fails the test. */
    private void awaitStep(Step step, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> wizard.model().step().get() == step || wizard.model().step().get() == Step.FAILED);
        assertThat(wizard.model().step().get()).as(wizard.model().error().get()).isEqualTo(step);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
