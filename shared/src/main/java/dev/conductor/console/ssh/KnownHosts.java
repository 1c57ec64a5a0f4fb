package dev.conductor.console.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * An OpenSSH known_hosts file: plain, wildcard and hashed ({@code |1|...}) host patterns,
 * {@code [host]:port} entries and the {@code @revoked} marker (parsed by MINA's
 * {@link KnownHostEntry}). Reads the file on each lookup, so that edits by OpenSSH or another
 * console are seen at once.
 */
public final class KnownHosts {

    /** What known_hosts says about a key presented by a host. */
    public sealed interface Verdict {
        /** known_hosts has this key for the host. */
        record Known() implements Verdict { }
        /** known_hosts has no key for the host. */
        record Unknown() implements Verdict { }
        /** known_hosts has another key for the host (or marks this one revoked). */
        record Changed(HostKey known) implements Verdict { }
    }

    /** One usable line: its host patterns, marker and key. */
    private record Line(KnownHostEntry entry, PublicKey key) {
        boolean matches(Collection<String> hosts, int port) {
            return hosts.stream().anyMatch(host -> entry.isHostMatch(host, port));
        }

        boolean revoked() {
            return "revoked".equals(entry.getMarker());
        }
    }

    private final Path file;

    public KnownHosts(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * @param hosts the names the host is known by (the name connected to, its address)
     * @param port the SSH port
     */
    public Verdict check(Collection<String> hosts, int port, PublicKey key) {
        List<Line> forHost = lines().stream().filter(line -> line.matches(hosts, port))
                .filter(line -> !"cert-authority".equals(line.entry().getMarker())).toList();
        Optional<Line> same = forHost.stream().filter(line -> KeyUtils.compareKeys(line.key(), key)).findFirst();
        if (same.isPresent()) {
            return same.get().revoked() ? new Verdict.Changed(HostKey.of(key)) : new Verdict.Known();
        }
        return forHost.stream().filter(line -> !line.revoked()).findFirst()
                .<Verdict>map(line -> new Verdict.Changed(HostKey.of(line.key())))
                .orElse(new Verdict.Unknown());
    }

    /** The key types known_hosts has for the host, in file order: to prefer them in key exchange. */
    public List<String> knownTypes(Collection<String> hosts, int port) {
        return lines().stream().filter(line -> line.matches(hosts, port) && !line.revoked())
                .map(line -> KeyUtils.getKeyType(line.key())).distinct().toList();
    }

    /** Appends {@code host key} (or {@code [host]:port key}), creating the file and ~/.ssh. */
    public synchronized void add(String host, int port, PublicKey key) {
        String line = pattern(host, port) + " " + PublicKeyEntry.toString(key) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean needsNewline = Files.exists(file) && Files.size(file) > 0 && !endsWithNewline();
            Files.writeString(file, (needsNewline ? "\n" : "") + line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the host key of " + host + " to " + file, e);
        }
    }

    /** The known_hosts pattern for a host: {@code host}, or {@code [host]:port} off port 22. */
    static String pattern(String host, int port) {
        return KnownHostHashValue.createHostPattern(host, port);
    }

    private boolean endsWithNewline() throws IOException {
        byte[] content = Files.readAllBytes(file);
        return content[content.length - 1] == '\n';
    }

    private List<Line> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(KnownHosts::parse).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new SshTransportException("cannot read known hosts file " + file + ": " + e.getMessage(), e);
        }
    }

    // Skips a line it cannot use, as OpenSSH does: MINA's own reader rejects the whole file for
    // one bad line, and its verifier then treats every host as unknown, even a changed one.
    private static Optional<Line> parse(String text) {
        String line = text.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        try {
            KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line);
            PublicKey key = entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
            return Optional.ofNullable(key).map(k -> new Line(entry, k)); // null: a key type this client cannot read
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
