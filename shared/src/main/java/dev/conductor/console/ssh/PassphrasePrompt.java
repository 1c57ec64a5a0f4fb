package dev.conductor.console.ssh;

import java.nio.file.Path;

/**
 * Supplies the passphrase of an encrypted private key. Asked only when the keys before it were
 * not accepted, and again (up to three times) after a wrong passphrase. Called on an SSH I/O
 * thread: a UI asks on its own thread and blocks here.
 */
@FunctionalInterface
public interface PassphrasePrompt {

    /** Never knows a passphrase: encrypted keys are skipped. */
    PassphrasePrompt NONE = (keyFile, attempt) -> null;

    /**
     * @param keyFile the encrypted private key file
     * @param attempt 0 for the first try, 1 and 2 after a wrong passphrase
     * @return the passphrase, or null to skip this key
     */
    String passphrase(Path keyFile, int attempt);
}
