package dev.conductor.console.ssh;

/**
 * The host's key was not trusted: either it is unknown and {@link HostKeyTrust} rejected it, or
 * it differs from the one in known_hosts, which is always refused (it may be an attack).
 */
public final class HostKeyException extends SshTransportException {

    private static final long serialVersionUID = 1L;

    /** Why the key was refused. */
    public enum Reason { UNKNOWN_REJECTED, CHANGED }

    private final Reason reason;
    private final String host;
    private final HostKey presented;
    private final HostKey known;

    private HostKeyException(Reason reason, String host, HostKey presented, HostKey known, String message) {
        super(message);
        this.reason = reason;
        this.host = host;
        this.presented = presented;
        this.known = known;
    }

    static HostKeyException rejected(String host, HostKey presented) {
        return new HostKeyException(Reason.UNKNOWN_REJECTED, host, presented, null,
                "the host key of " + host + " is not in known_hosts and was not accepted (" + presented + ")");
    }

    static HostKeyException changed(String host, int port, HostKey presented, HostKey known, String knownHostsFile) {
        return new HostKeyException(Reason.CHANGED, host, presented, known,
                "WARNING: THE HOST KEY OF " + host + " HAS CHANGED; refusing to connect: someone could be"
                        + " intercepting the connection, or the host was reinstalled. known_hosts has "
                        + known + ", the host presented " + presented + ". If the change is expected, remove"
                        + " the old key with: ssh-keygen -f " + knownHostsFile + " -R '"
                        + KnownHosts.pattern(host, port) + "'");
    }

    public Reason reason() {
        return reason;
    }

    public String host() {
        return host;
    }

    public HostKey presented() {
        return presented;
    }

    /** The key known_hosts has for the host; null for {@link Reason#UNKNOWN_REJECTED}. */
    public HostKey known() {
        return known;
    }
}
