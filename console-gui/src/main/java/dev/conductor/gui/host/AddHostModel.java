package dev.conductor.gui.host;

import dev.conductor.console.bootstrap.VersionCheck;
import dev.conductor.console.ssh.Destination;
import dev.conductor.console.ssh.HostKeyTrust.Decision;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add-host wizard's state: which step it is on, what it shows there, and the commands that
 * move it on. Plain JavaFX properties, changed on the FX thread only; the SSH work that answers
 * {@link #connect()} and {@link #install()} reports back through the other command methods.
 */
public final class AddHostModel {

    /** The wizard's steps, in order; {@link #FAILED} can follow any step after the first. */
    public enum Step { ENTER_DESTINATION, CONNECTING, CONFIRM_KEY, CHECKING_AGENT, OFFER_INSTALL, INSTALLING, DONE, FAILED }

    private final String consoleVersion;
    private final Optional<String> installUnavailable;
    private final StringProperty destination = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.ENTER_DESTINATION);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KeyQuestion> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper agent = new ReadOnlyStringWrapper("");
    private final InstallProgress install = new InstallProgress();
    private Destination target;
    private CompletableFuture<Decision> answer;
    private boolean cancelled;

    /**
     * @param consoleVersion the agent version this console ships; an older agent is offered an install
     * @param installUnavailable why the agent cannot be installed from here, or empty if it can
     */
    public AddHostModel(String consoleVersion, Optional<String> installUnavailable) {
        this.consoleVersion = consoleVersion;
        this.installUnavailable = installUnavailable;
    }

    /** What the user typed: {@code user@host[:port]} or a ~/.ssh/config alias. */
    public StringProperty destination() {
        return destination;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    /** Why the destination is refused, or why the step failed (naming host and step); empty if neither. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The host key waiting for an answer at {@link Step#CONFIRM_KEY}; null otherwise. */
    public ReadOnlyObjectProperty<KeyQuestion> question() {
        return question.getReadOnlyProperty();
    }

    /** What was found about the agent on the host. */
    public ReadOnlyStringProperty agent() {
        return agent.getReadOnlyProperty();
    }

    public InstallProgress installProgress() {
        return install;
    }

    /** Why the agent cannot be installed from this console; empty if it can. */
    public Optional<String> installUnavailable() {
        return installUnavailable;
    }

    /** The host being added, as parsed; empty before {@link #connect()} accepted one. */
    public Optional<Destination> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Checks the destination and, if it is good, moves to {@link Step#CONNECTING}.
     *
     * @return the destination to connect to; empty if it is refused (see {@link #error()}) or
     *     the wizard is not waiting for one
     */
    public Optional<Destination> connect() {
        if (!canConnect()) {
            return Optional.empty();
        }
        String text = destination.get() == null ? "" : destination.get().strip();
        try {
            target = Destination.parse(text);
        } catch (IllegalArgumentException e) {
            error.set(text.isEmpty() ? "Enter a destination: user@host[:port] or a ~/.ssh/config alias" : e.getMessage());
            return Optional.empty();
        }
        error.set("");
        agent.set("");
        step.set(Step.CONNECTING);
        return Optional.of(target);
    }

    public boolean canConnect() {
        return step.get() == Step.ENTER_DESTINATION || step.get() == Step.FAILED;
    }

    /** The host presented an unknown key: asks the user, who answers through {@link #trust()} or {@link #reject()}. */
    public void askKey(KeyQuestion asked, CompletableFuture<Decision> reply) {
        if (cancelled) {
            reply.complete(Decision.REJECT); // nobody is left to answer, and the SSH thread waits for one
            return;
        }
        question.set(asked);
        answer = reply;
        step.set(Step.CONFIRM_KEY);
    }

    /** Trusts the key; the transport records it in known_hosts and logs in. */
    public void trust() {
        answerKey(Decision.ACCEPT);
    }

    /** Refuses the key; the connection then fails with a message that says so. */
    public void reject() {
        answerKey(Decision.REJECT);
    }

    private void answerKey(Decision decision) {
        if (step.get() == Step.CONFIRM_KEY) {
            step.set(Step.CONNECTING);
            question.set(null);
            answer.complete(decision);
        }
    }

    /** Logged in: the agent is looked for next. */
    public void connected() {
        step.set(Step.CHECKING_AGENT);
    }

    /** @param agentVersion the version the host's agent printed; empty if it has none */
    public void agentChecked(Optional<String> agentVersion) {
        VersionCheck check = VersionCheck.of(agentVersion.orElse(null), consoleVersion);
        agent.set(AgentText.describe(agentVersion, check, consoleVersion));
        step.set(check.offersInstall() ? Step.OFFER_INSTALL : Step.DONE);
    }

    /** @return whether the install may start; if so, the wizard is now at {@link Step#INSTALLING} */
    public boolean install() {
        if (step.get() != Step.OFFER_INSTALL || installUnavailable.isPresent()) {
            return false;
        }
        install.start();
        step.set(Step.INSTALLING);
        return true;
    }

    /** @param agentVersion the version the new agent printed */
    public void installed(Optional<String> agentVersion) {
        agent.set(AgentText.installed(agentVersion));
        step.set(Step.DONE);
    }

    /** @param reason what went wrong, naming the host and the step (the exception's message) */
    public void failed(String reason) {
        install.failed();
        question.set(null);
        error.set(reason);
        step.set(Step.FAILED);
    }

    /** The wizard is closing: a key question still open, or still to come, is answered no. */
    public void cancel() {
        cancelled = true;
        answerKey(Decision.REJECT);
    }

    /**
     * Whether the host can be added now: once the agent is found, or installed, or when the user
     * chooses to add it without the agent (to install it later).
     */
    public boolean canFinish() {
        return step.get() == Step.DONE || step.get() == Step.OFFER_INSTALL;
    }
}
