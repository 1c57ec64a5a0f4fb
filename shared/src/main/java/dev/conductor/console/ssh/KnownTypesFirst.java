package dev.conductor.console.ssh;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * Asks the host first for the key types known_hosts already has for it, as OpenSSH does.
 * Otherwise a host with several keys (RSA, ECDSA, ED25519) may present one that known_hosts does
 * not list, and a key that did not change would read as changed.
 */
final class KnownTypesFirst implements SessionListener {

    private final KnownHosts knownHosts;

    KnownTypesFirst(KnownHosts knownHosts) {
        this.knownHosts = knownHosts;
    }

    @Override
    public void sessionNegotiationOptionsCreated(Session session, Map<KexProposalOption, String> proposal) {
        if (!(session instanceof ClientSession client) || proposal.get(KexProposalOption.SERVERKEYS) == null) {
            return;
        }
        ConnectAttempt attempt = ConnectAttempt.of(client);
        List<String> known = knownHosts.knownTypes(attempt.names(), attempt.port());
        if (!known.isEmpty()) {
            proposal.put(KexProposalOption.SERVERKEYS, preferring(known, proposal.get(KexProposalOption.SERVERKEYS)));
        }
    }

    /** The comma-separated {@code algorithms}, those of a {@code known} key type first (stable). */
    static String preferring(List<String> known, String algorithms) {
        Comparator<String> knownFirst = Comparator.comparing(
                algorithm -> !known.contains(KeyUtils.getCanonicalKeyType(algorithm)));
        return Arrays.stream(algorithms.split(",")).sorted(knownFirst).collect(Collectors.joining(","));
    }
}
