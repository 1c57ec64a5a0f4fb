package dev.conductor.console.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.session.ConnectionService;

/**
 * A connection to a unix socket on the host, made by sshd for the logged-in user, with both
 * directions as streams. sshd refuses it when {@code AllowStreamLocalForwarding} is off, and
 * cannot make it when the socket is missing or the user may not use it.
 */
public final class RemoteSocket implements AutoCloseable {

    private final String description;
    private final DirectStreamLocalChannel channel;

    private RemoteSocket(String path, String where, DirectStreamLocalChannel channel) {
        this.description = "socket " + path + " on " + where;
        this.channel = channel;
    }

    static RemoteSocket open(ClientSession session, String path, String where, Duration timeout) {
        DirectStreamLocalChannel channel = new DirectStreamLocalChannel(path);
        try {
            session.getService(ConnectionService.class).registerChannel(channel);
            channel.open().verify(timeout);
            return new RemoteSocket(path, where, channel);
        } catch (IOException | RuntimeException e) {
            channel.close(true);
            throw new SshTransportException("cannot connect to the socket " + path + " on " + where + ": "
                    + reason(e), e);
        }
    }

    /** What the socket's other end sends; ends when it closes, or when the connection drops. */
    public InputStream in() {
        return channel.getInvertedOut();
    }

    /** What goes to the socket's other end; flush after each message. */
    public OutputStream out() {
        return channel.getInvertedIn();
    }

    /** False once the SSH connection is gone: then the socket's end says nothing about its other end. */
    public boolean connectionOpen() {
        return channel.getSession().isOpen();
    }

    /** {@code socket /run/x.sock on user@host:port}, for messages. */
    public String describe() {
        return description;
    }

    /** Closes the channel; sshd closes the socket, and its other end sees the end of its input. */
    @Override
    public void close() {
        channel.close(true);
    }

    private static String reason(Exception e) {
        SshChannelOpenException refused = find(e);
        return refused == null ? e.getMessage() : "sshd refused the channel ("
                + SshConstants.getOpenErrorCodeName(refused.getReasonCode()) + ": " + refused.getMessage() + ")";
    }

    private static SshChannelOpenException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SshChannelOpenException refused) {
                return refused;
            }
        }
        return null;
    }
}
