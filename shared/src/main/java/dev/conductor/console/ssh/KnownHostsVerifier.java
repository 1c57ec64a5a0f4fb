package dev.conductor.console.ssh;

import java.net.SocketAddress;
import java.security.PublicKey;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Checks host keys against known_hosts. An unknown key goes to {@link HostKeyTrust} (accepted
 * keys are recorded); a changed key is refused without asking. The refusal is left on the
 * attempt for {@link SshTransport} to throw, since MINA only reports "key did not validate".
 */
final class KnownHostsVerifier implements ServerKeyVerifier {

    private final KnownHosts knownHosts;
    private final HostKeyTrust trust;

    KnownHostsVerifier(KnownHosts knownHosts, HostKeyTrust trust) {
        this.knownHosts = knownHosts;
        this.trust = trust;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey key) {
        ConnectAttempt target = ConnectAttempt.of(session);
        KnownHosts.Verdict verdict = knownHosts.check(target.names(), target.port(), key);
        if (verdict instanceof KnownHosts.Verdict.Known) {
            return true;
        }
        HostKeyException refusal = verdict instanceof KnownHosts.Verdict.Changed changed
                ? HostKeyException.changed(target.host(), target.port(), HostKey.of(key), changed.known(),
                        knownHosts.file().toString())
                : askAbout(target, key);
        if (refusal == null) {
            return true;
        }
        target.refused(refusal);
        return false;
    }

    private HostKeyException askAbout(ConnectAttempt target, PublicKey key) {
        HostKey hostKey = HostKey.of(key);
        HostKeyTrust.Decision decision;
        try {
            decision = trust.decide(target.host(), target.port(), hostKey);
        } catch (RuntimeException e) {
            HostKeyException refusal = HostKeyException.rejected(target.host(), hostKey);
            refusal.addSuppressed(e);
            return refusal;
        }
        if (decision != HostKeyTrust.Decision.ACCEPT) {
            return HostKeyException.rejected(target.host(), hostKey);
        }
        knownHosts.add(target.host(), target.port(), key);
        return null;
    }
}
