package dev.conductor.console.ssh;

import java.io.IOException;
import org.apache.sshd.client.channel.AbstractClientChannel;
import org.apache.sshd.client.future.DefaultOpenFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.ChannelOutputStream;
import org.apache.sshd.common.channel.ChannelPipedInputStream;
import org.apache.sshd.common.channel.ChannelPipedOutputStream;
import org.apache.sshd.common.util.buffer.Buffer;

/**
 * A {@code direct-streamlocal@openssh.com} channel: a stream to a unix socket on the host, which
 * sshd connects as the logged-in user (OpenSSH's PROTOCOL, section 2.4). MINA SSHD 2.14 has the
 * TCP kind only.
 */
final class DirectStreamLocalChannel extends AbstractClientChannel {

    static final String TYPE = "direct-streamlocal@openssh.com";

    private final String socketPath;

    DirectStreamLocalChannel(String socketPath) {
        super(TYPE);
        this.socketPath = socketPath;
    }

    @Override
    public synchronized OpenFuture open() throws IOException {
        if (isClosing()) {
            throw new SshException("cannot open a channel to " + socketPath + ": the channel is " + state.get());
        }
        openFuture = new DefaultOpenFuture(this, futureLock);
        Buffer buffer = getSession().createBuffer(SshConstants.SSH_MSG_CHANNEL_OPEN, 64 + socketPath.length());
        buffer.putString(TYPE);
        buffer.putUInt(getChannelId());
        buffer.putUInt(getLocalWindow().getSize());
        buffer.putUInt(getLocalWindow().getPacketSize());
        buffer.putString(socketPath);
        buffer.putString(""); // reserved
        buffer.putUInt(0); // reserved
        writePacket(buffer);
        return openFuture;
    }

    @Override
    protected void doOpen() {
        invertedIn = new ChannelOutputStream(this, getRemoteWindow(), log, SshConstants.SSH_MSG_CHANNEL_DATA, true);
        // the pipe gives the window back as the reader takes data, so a slow reader holds the host back
        ChannelPipedInputStream received = new ChannelPipedInputStream(this, getLocalWindow());
        out = new ChannelPipedOutputStream(received);
        invertedOut = received;
    }

    @Override
    public void handleEof() throws IOException {
        super.handleEof();
        // sshd keeps a half-closed channel open until this side ends too: waiting for the close
        // would leave the reader hanging after the socket's other end has gone
        if (out != null) {
            out.close();
        }
    }
}
