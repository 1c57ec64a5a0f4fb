package dev.conductor.gui.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.bootstrap.JavaVersion;
import dev.conductor.console.ssh.Destination;
import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust.Decision;
import dev.conductor.gui.host.AddHostModel.Step;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AddHostModelTest {

    private static final KeyQuestion QUESTION = new KeyQuestion("10.0.0.2", 22, new HostKey("ssh-ed25519", "SHA256:abc"));
    private final AddHostModel model = new AddHostModel("0.2.0", Optional.empty());

    @Test
    void anEmptyDestinationIsRefusedWithAHint() {
        assertThat(model.connect()).isEmpty();
        assertThat(model.error().get()).contains("Enter a destination");
        assertThat(model.step().get()).isEqualTo(Step.ENTER_DESTINATION);
    }

    @Test
    void aDestinationWithASpaceIsRefusedWithTheParsersReason() {
        model.destination().set("root@my host");
        assertThat(model.connect()).isEmpty();
        assertThat(model.error().get()).contains("bad SSH destination 'root@my host'");
    }

    @Test
    void aGoodDestinationStartsConnecting() {
        model.destination().set("  root@10.0.0.2:2222 ");
        assertThat(model.connect()).contains(new Destination("root", "10.0.0.2", 2222));
        assertThat(model.step().get()).isEqualTo(Step.CONNECTING);
        assertThat(model.canConnect()).isFalse();
        assertThat(model.error().get()).isEmpty();
    }

    @Test
    void anUnknownKeyIsAskedAndTrustAnswersAccept() {
        connect();
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        model.askKey(QUESTION, answer);
        assertThat(model.step().get()).isEqualTo(Step.CONFIRM_KEY);
        assertThat(model.question().get().fingerprint()).isEqualTo("ED25519 key fingerprint is SHA256:abc");
        model.trust();
        assertThat(answer).isCompletedWithValue(Decision.ACCEPT);
        assertThat(model.step().get()).isEqualTo(Step.CONNECTING);
        assertThat(model.question().get()).isNull();
    }

    @Test
    void rejectAndCancelAnswerReject() {
        connect();
        CompletableFuture<Decision> rejected = new CompletableFuture<>();
        model.askKey(QUESTION, rejected);
        model.reject();
        CompletableFuture<Decision> cancelled = new CompletableFuture<>();
        model.askKey(QUESTION, cancelled);
        model.cancel();
        assertThat(rejected).isCompletedWithValue(Decision.REJECT);
        assertThat(cancelled).isCompletedWithValue(Decision.REJECT);
    }

    @Test
    void aKeyAskedAfterCancelIsRejectedAtOnce() {
        connect();
        model.cancel();
        CompletableFuture<Decision> late = new CompletableFuture<>();
        model.askKey(QUESTION, late);
        assertThat(late).isCompletedWithValue(Decision.REJECT);
        assertThat(model.step().get()).isEqualTo(Step.CONNECTING);
    }

    @Test
    void aMissingAgentIsOfferedAnInstall() {
        connectAndLogIn();
        model.agentChecked(Optional.empty());
        assertThat(model.step().get()).isEqualTo(Step.OFFER_INSTALL);
        assertThat(model.agent().get()).isEqualTo("conductor-agent is not installed on this host");
        assertThat(model.canFinish()).isTrue();
    }

    @Test
    void anOlderAgentIsOfferedAnInstall() {
        connectAndLogIn();
        model.agentChecked(Optional.of("0.1.0"));
        assertThat(model.step().get()).isEqualTo(Step.OFFER_INSTALL);
        assertThat(model.agent().get()).isEqualTo("conductor-agent 0.1.0 is older than this console (0.2.0)");
    }

    @Test
    void theSameOrANewerAgentSkipsTheInstall() {
        connectAndLogIn();
        model.agentChecked(Optional.of("0.2.0"));
        assertThat(model.step().get()).isEqualTo(Step.DONE);
        assertThat(model.agent().get()).isEqualTo("conductor-agent 0.2.0 is installed");
        assertThat(model.install()).isFalse();
    }

    @Test
    void installReportsJavaUploadAndLinesThenDone() {
        connectAndLogIn();
        model.agentChecked(Optional.empty());
        assertThat(model.install()).isTrue();
        InstallProgress progress = model.installProgress();
        progress.javaChecked(new JavaVersion(17, "17.0.15"));
        progress.uploaded(512, 1024);
        assertThat(progress.progress().get()).isEqualTo(0.4);
        progress.uploaded(1024, 1024);
        progress.installing("installed /usr/local/bin/conductor-agent");
        progress.done();
        model.installed(Optional.of("0.2.0"));
        assertThat(progress.log()).containsExactly("Java 17.0.15 found", "Uploaded the agent (1 KiB)",
                "installed /usr/local/bin/conductor-agent", "Agent installed");
        assertThat(progress.progress().get()).isEqualTo(1.0);
        assertThat(model.step().get()).isEqualTo(Step.DONE);
        assertThat(model.agent().get()).isEqualTo("conductor-agent 0.2.0 is installed");
    }

    @Test
    void withoutAnAgentJarTheInstallIsRefusedWithTheReason() {
        AddHostModel noJar = new AddHostModel("0.2.0", Optional.of("no agent jar"));
        noJar.destination().set("alpha");
        noJar.connect();
        noJar.connected();
        noJar.agentChecked(Optional.empty());
        assertThat(noJar.install()).isFalse();
        assertThat(noJar.step().get()).isEqualTo(Step.OFFER_INSTALL);
        assertThat(noJar.installUnavailable()).contains("no agent jar");
    }

    @Test
    void aFailureShowsItsReasonAndAllowsAnotherTry() {
        connect();
        model.failed("cannot connect to root@10.0.0.2:22: Connection refused");
        assertThat(model.step().get()).isEqualTo(Step.FAILED);
        assertThat(model.error().get()).isEqualTo("cannot connect to root@10.0.0.2:22: Connection refused");
        assertThat(model.canFinish()).isFalse();
        assertThat(model.connect()).isPresent();
        assertThat(model.error().get()).isEmpty();
    }

    private void connect() {
        model.destination().set("root@10.0.0.2");
        model.connect();
    }

    private void connectAndLogIn() {
        connect();
        model.connected();
        assertThat(model.step().get()).isEqualTo(Step.CHECKING_AGENT);
    }
}
