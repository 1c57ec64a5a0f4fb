package dev.conductor.console.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * The console's SSH client (Apache MINA SSHD): one per console, any number of connections,
 * thread-safe. Connects to {@code user@host[:port]} or a ~/.ssh/config alias, checks the host key
 * against known_hosts and logs in with public keys only: ssh-agent, then the config's
 * IdentityFile, then ~/.ssh/id_rsa, id_ecdsa, id_ed25519.
 */
public final class SshTransport implements AutoCloseable {

    /** OpenSSH's default order, without certificates (no CA checks here) and SHA-1 RSA. */
    private static final List<BuiltinSignatures> SIGNATURES = List.of(BuiltinSignatures.ed25519,
            BuiltinSignatures.nistp256, BuiltinSignatures.nistp384, BuiltinSignatures.nistp521,
            BuiltinSignatures.rsaSHA512, BuiltinSignatures.rsaSHA256);
    private static final int HEARTBEATS_WITHOUT_REPLY = 3;
    /** How MINA words "the server accepted none of our keys" (its auth future has no code). */
    private static final String NO_MORE_METHODS = "No more authentication methods available";

    private final SshOptions options;
    private final HostConfigResolver config;
    private final SshClient client;

    public SshTransport(SshOptions options) {
        this.options = options;
        this.config = new HostConfigResolver(options.paths());
        KnownHosts knownHosts = new KnownHosts(options.paths().knownHosts());
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsVerifier(knownHosts, options.trust()));
        client.addSessionListener(new KnownTypesFirst(knownHosts));
        client.setHostConfigEntryResolver(config);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER); // set per connection
        client.setFilePasswordProvider(FilePasswordProvider.EMPTY);
        client.setAgentFactory(new UnixAgentFactory(options.paths().home(), options.agentSocket()));
        client.setSignatureFactories(signatures());
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, options.heartbeat());
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, HEARTBEATS_WITHOUT_REPLY);
        client.start();
    }

    /** Connects and logs in; {@code destination} as {@link Destination#parse(String)} reads it. */
    public SshConnection connect(String destination) {
        return connect(Destination.parse(destination));
    }

    /**
     * @throws HostKeyException if the host key is unknown and not accepted, or changed
     * @throws AuthenticationFailedException if the host accepts none of the keys
     * @throws SshTransportException if the host cannot be reached or the connection breaks
     */
    public SshConnection connect(Destination destination) {
        HostConfigEntry entry = config.resolve(destination);
        KeyFiles keys = new KeyFiles(identityFiles(entry), options.passphrases());
        entry.setIdentities(List.of()); // KeyFiles reads them, skipping the ones it cannot unlock
        ConnectAttempt attempt = new ConnectAttempt(entry.getHostName(), entry.getPort());
        String where = where(destination, entry);
        ClientSession session = open(entry, attempt, where);
        login(session, attempt, keys, where);
        return new SshConnection(destination, entry.getUsername(), attempt, session);
    }

    private ClientSession open(HostConfigEntry entry, ConnectAttempt attempt, String where) {
        try {
            return client.connect(entry, attempt.asContext(), null).verify(options.connectTimeout()).getClientSession();
        } catch (IOException | RuntimeException e) {
            throw new SshTransportException("cannot connect to " + where + ": " + e.getMessage(), e);
        }
    }

    private void login(ClientSession session, ConnectAttempt attempt, KeyFiles keys, String where) {
        session.setKeyIdentityProvider(keys);
        try {
            session.auth().verify(options.authTimeout());
        } catch (IOException | RuntimeException e) {
            session.close(true);
            if (attempt.refusal() != null) {
                throw attempt.refusal();
            }
            if (String.valueOf(e.getMessage()).contains(NO_MORE_METHODS)) {
                throw new AuthenticationFailedException(where + " accepted none of the keys offered ("
                        + (options.agentSocket() == null ? "" : "ssh-agent keys, ") + keys.describe() + ")", e);
            }
            throw new SshTransportException("cannot log in to " + where + ": " + e.getMessage(), e);
        }
    }

    private List<Path> identityFiles(HostConfigEntry entry) {
        List<Path> files = new ArrayList<>(entry.getIdentities().stream().map(Path::of).toList());
        if (!entry.isIdentitiesOnly()) {
            files.addAll(options.paths().defaultIdentities());
        }
        return files;
    }

    private static String where(Destination destination, HostConfigEntry entry) {
        String effective = entry.getUsername() + "@" + entry.getHostName() + ":" + entry.getPort();
        return destination.host().equals(entry.getHostName()) ? effective : "'" + destination + "' (" + effective + ")";
    }

    private static List<NamedFactory<Signature>> signatures() {
        return SIGNATURES.stream().filter(BuiltinSignatures::isSupported)
                .<NamedFactory<Signature>>map(signature -> signature).toList();
    }

    @Override
    public void close() {
        client.stop();
    }
}
