package dev.conductor.console.ssh;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Decides about a host key that known_hosts does not have yet: the UI asks the user, showing
 * {@link HostKey#toString()}. Never asked about a key that changed: those are refused.
 *
 * <p>Called on an SSH I/O thread while the key exchange waits: a UI must ask on its own thread
 * and block here until the user answers.
 */
@FunctionalInterface
public interface HostKeyTrust {

    /** Refuses every unknown key: the safe default for scripts. */
    HostKeyTrust REJECT = (host, port, key) -> Decision.REJECT;

    /** Accepts and records every unknown key, like OpenSSH's {@code StrictHostKeyChecking=accept-new}. */
    HostKeyTrust ACCEPT_NEW = (host, port, key) -> Decision.ACCEPT;

    /** What to do with an unknown key; accepted keys are appended to known_hosts. */
    enum Decision { ACCEPT, REJECT }

    /**
     * @param host the host name or address as connected to (after ~/.ssh/config's HostName)
     * @param port the SSH port
     * @param key the key the host presented
     */
    Decision decide(String host, int port, HostKey key);

    /**
     * Waits for a UI's answer on the SSH thread; an interrupted wait or an abandoned question
     * is a refusal, never a silent trust.
     */
    static Decision await(CompletableFuture<Decision> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Decision.REJECT;
        } catch (ExecutionException e) {
            return Decision.REJECT;
        }
    }
}
