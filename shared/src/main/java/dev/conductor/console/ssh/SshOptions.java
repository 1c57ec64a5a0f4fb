package dev.conductor.console.ssh;

import java.time.Duration;

/**
 * How an {@link SshTransport} finds its files, trusts host keys, unlocks keys and waits.
 *
 * @param agentSocket the ssh-agent socket ({@code SSH_AUTH_SOCK}), or null for no agent
 * @param heartbeat how often an idle connection is probed; three unanswered probes drop it,
 *     so that a dead link is noticed without waiting for TCP
 */
public record SshOptions(SshPaths paths, HostKeyTrust trust, PassphrasePrompt passphrases, String agentSocket,
                         Duration connectTimeout, Duration authTimeout, Duration heartbeat) {

    /** The user's own files and agent; unknown host keys rejected, no passphrases. */
    public static SshOptions defaults() {
        return new SshOptions(SshPaths.standard(), HostKeyTrust.REJECT, PassphrasePrompt.NONE,
                System.getenv("SSH_AUTH_SOCK"), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(15));
    }

    public SshOptions withPaths(SshPaths newPaths) {
        return new SshOptions(newPaths, trust, passphrases, agentSocket, connectTimeout, authTimeout, heartbeat);
    }

    public SshOptions withTrust(HostKeyTrust newTrust) {
        return new SshOptions(paths, newTrust, passphrases, agentSocket, connectTimeout, authTimeout, heartbeat);
    }

    public SshOptions withPassphrases(PassphrasePrompt prompt) {
        return new SshOptions(paths, trust, prompt, agentSocket, connectTimeout, authTimeout, heartbeat);
    }

    /** @param socket the ssh-agent socket, or null for none */
    public SshOptions withAgentSocket(String socket) {
        return new SshOptions(paths, trust, passphrases, socket, connectTimeout, authTimeout, heartbeat);
    }

    public SshOptions withTimeouts(Duration connect, Duration auth) {
        return new SshOptions(paths, trust, passphrases, agentSocket, connect, auth, heartbeat);
    }

    public SshOptions withHeartbeat(Duration interval) {
        return new SshOptions(paths, trust, passphrases, agentSocket, connectTimeout, authTimeout, interval);
    }
}
