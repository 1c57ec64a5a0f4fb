package dev.conductor.console.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.security.auth.login.FailedLoginException;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.io.resource.PathResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The private key files one connection offers, in order. Each file is read only when the keys
 * before it were refused, so that a passphrase is asked for only when needed. A file that
 * cannot be read (wrong or no passphrase, unknown format) is skipped and noted for the
 * "no key accepted" message.
 */
final class KeyFiles implements KeyIdentityProvider {

    private static final int PASSPHRASE_ATTEMPTS = 3;

    private final List<Path> files;
    private final FilePasswordProvider passphrases;
    private final List<String> notes = new ArrayList<>();

    KeyFiles(List<Path> files, PassphrasePrompt prompt) {
        this.files = List.copyOf(files);
        this.passphrases = new PromptAdapter(prompt);
    }

    @Override
    public Iterable<KeyPair> loadKeys(SessionContext session) {
        return () -> files.stream().filter(Files::isRegularFile).distinct()
                .flatMap(file -> load(session, file)).iterator();
    }

    /** What was tried and skipped, for an authentication failure message. */
    synchronized String describe() {
        List<String> existing = files.stream().filter(Files::isRegularFile).map(Path::toString).toList();
        return (existing.isEmpty() ? "no key files (looked for " + files + ")" : "key files " + existing)
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    }

    private Stream<KeyPair> load(SessionContext session, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(session, new PathResource(file), in, passphrases);
            List<KeyPair> loaded = new ArrayList<>();
            (keys == null ? List.<KeyPair>of() : keys).forEach(loaded::add);
            if (loaded.isEmpty()) {
                note("skipped " + file + ": not unlocked");
            }
            return loaded.stream().filter(Objects::nonNull);
        } catch (FailedLoginException e) {
            note("skipped " + file + ": encrypted, and no passphrase was given");
            return Stream.empty();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            note("skipped " + file + ": " + e.getMessage());
            return Stream.empty();
        }
    }

    private synchronized void note(String note) {
        notes.add(note);
    }

    /** MINA's password port over ours: retries a wrong passphrase, then gives the key up. */
    private record PromptAdapter(PassphrasePrompt prompt) implements FilePasswordProvider {

        @Override
        public String getPassword(SessionContext session, NamedResource resource, int retryIndex) {
            return prompt.passphrase(Path.of(resource.getName()), retryIndex);
        }

        @Override
        public ResourceDecodeResult handleDecodeAttemptResult(SessionContext session, NamedResource resource,
                int retryIndex, String password, Exception err) {
            if (err == null) {
                return null;
            }
            return retryIndex + 1 < PASSPHRASE_ATTEMPTS ? ResourceDecodeResult.RETRY : ResourceDecodeResult.IGNORE;
        }
    }
}
