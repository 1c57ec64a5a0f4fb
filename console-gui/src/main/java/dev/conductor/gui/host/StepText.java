package dev.conductor.gui.host;

import dev.conductor.console.ssh.Destination;
import dev.conductor.gui.host.AddHostModel.Step;
import java.util.Optional;

/** The wizard's one-line status for each step. */
final class StepText {

    private StepText() {
    }

    static String of(Step step, Optional<Destination> target) {
        String host = target.map(Destination::toString).orElse("the host");
        return switch (step) {
            case ENTER_DESTINATION -> "Which host? The console logs in with your SSH keys and ssh-agent.";
            case CONNECTING -> "Connecting to " + host + "...";
            case CONFIRM_KEY -> "Check the host key of " + host + ".";
            case CHECKING_AGENT -> "Connected to " + host + ". Looking for conductor-agent...";
            case OFFER_INSTALL -> "Install the agent, or finish to add " + host + " without it.";
            case INSTALLING -> "Installing conductor-agent on " + host + "...";
            case DONE -> "Ready: finish to add " + host + ".";
            case FAILED -> "Could not add " + host + ". Correct the destination or try again.";
        };
    }
}
