package dev.conductor.gui.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust.Decision;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTrustTest {

    private static final HostKey KEY = new HostKey("ssh-ed25519", "SHA256:abcdefFINGERPRINT");
    private FxTrust trust;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("console"), 300, 200));
        stage.show();
        trust = new FxTrust(stage);
    }

    @Test
    void showsTheHostAndFingerprintAndTrustsWhenChosen(FxRobot robot) throws Exception {
        CompletableFuture<Decision> decision = askFromAnSshThread(robot);
        DialogPane dialog = robot.lookup("#host-key-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("'alpha' (port 2222)", "ED25519 key fingerprint is SHA256:abcdefFINGERPRINT");
        robot.clickOn("#host-key-trust");
        assertThat(decision.get(5, TimeUnit.SECONDS)).isEqualTo(Decision.ACCEPT);
    }

    @Test
    void rejectRejects(FxRobot robot) throws Exception {
        CompletableFuture<Decision> decision = askFromAnSshThread(robot);
        robot.clickOn("#host-key-reject");
        assertThat(decision.get(5, TimeUnit.SECONDS)).isEqualTo(Decision.REJECT);
    }

    @Test
    void refusesOnTheFxThreadInsteadOfFreezingIt() throws Exception {
        Decision decision = WaitForAsyncUtils.asyncFx(() -> trust.decide("alpha", 22, KEY)).get(5, TimeUnit.SECONDS);
        assertThat(decision).isEqualTo(Decision.REJECT);
    }

    private CompletableFuture<Decision> askFromAnSshThread(FxRobot robot) throws Exception {
        CompletableFuture<Decision> decision = CompletableFuture.supplyAsync(() -> trust.decide("alpha", 2222, KEY));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#host-key-trust").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return decision;
    }
}
