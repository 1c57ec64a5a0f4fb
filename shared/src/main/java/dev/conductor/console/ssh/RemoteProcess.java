package dev.conductor.console.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * A command running on the host over an exec channel, with its stdin and stdout as streams.
 * Its stderr is not a stream: the last 8 KiB are kept for error messages, so that a chatty
 * command can never stall on a full stderr window.
 */
public final class RemoteProcess implements AutoCloseable {

    private static final int STDERR_KEPT = 8 * 1024;

    private final String command;
    private final String where;
    private final ChannelExec channel;
    private final OutputTail stderr = new OutputTail(STDERR_KEPT);

    private RemoteProcess(String command, String where, ChannelExec channel) {
        this.command = command;
        this.where = where;
        this.channel = channel;
        channel.setErr(stderr);
    }

    static RemoteProcess start(ClientSession session, String command, String where, Duration timeout) {
        try {
            RemoteProcess process = new RemoteProcess(command, where, session.createExecChannel(command));
            process.channel.open().verify(timeout);
            return process;
        } catch (IOException | RuntimeException e) {
            throw new SshTransportException("cannot start '" + command + "' on " + where + ": " + e.getMessage(), e);
        }
    }

    /** The command's standard output; ends when the command exits or the connection drops. */
    public InputStream stdout() {
        return channel.getInvertedOut();
    }

    /** The command's standard input; flush after each message, close for end of input. */
    public OutputStream stdin() {
        return channel.getInvertedIn();
    }

    /** The last 8 KiB the command wrote to stderr. */
    public String stderrTail() {
        return stderr.text();
    }

    /** The exit status, waiting up to {@code wait} for it; empty if none came (connection lost). */
    public OptionalInt exitStatus(Duration wait) {
        channel.waitFor(EnumSet.of(ClientChannelEvent.EXIT_STATUS, ClientChannelEvent.CLOSED), wait);
        Integer status = channel.getExitStatus();
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The signal that ended the command ({@code TERM}, {@code KILL}), if the host reported one. */
    public Optional<String> exitSignal() {
        return Optional.ofNullable(channel.getExitSignal());
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    /** {@code 'command' on user@host:port}, for messages. */
    public String describe() {
        return "'" + command + "' on " + where;
    }

    /** Closes the channel; the remote command sees the end of its input and its output closed. */
    @Override
    public void close() {
        channel.close(true);
    }
}
