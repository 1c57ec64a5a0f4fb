package dev.conductor.console.ssh;

import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;

/**
 * One connection attempt: the host name and port after ~/.ssh/config, and the host key refusal
 * if there was one. Travels in MINA's connect context, because host keys are checked before MINA
 * sets the session's connect address, and a closed session forgets its attributes.
 */
final class ConnectAttempt {

    private static final AttributeKey<ConnectAttempt> KEY = new AttributeKey<>();

    private final String host;
    private final int port;
    private volatile HostKeyException refusal;

    ConnectAttempt(String host, int port) {
        this.host = host;
        this.port = port;
    }

    static ConnectAttempt of(ClientSession session) {
        AttributeRepository context = session.getConnectionContext();
        ConnectAttempt attempt = context == null ? null : context.getAttribute(KEY);
        if (attempt == null) {
            throw new IllegalStateException("session " + session + " was not opened by SshTransport");
        }
        return attempt;
    }

    AttributeRepository asContext() {
        return AttributeRepository.ofKeyValuePair(KEY, this);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** The names known_hosts is searched for, like OpenSSH since 8.5 (CheckHostIP off). */
    List<String> names() {
        return List.of(host);
    }

    void refused(HostKeyException why) {
        this.refusal = why;
    }

    /** Why the host key was refused; null if it was not. */
    HostKeyException refusal() {
        return refusal;
    }
}
