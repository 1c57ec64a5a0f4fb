package dev.conductor.console.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/** One logged-in SSH connection to a host: runs commands and uploads files. Thread-safe. */
public final class SshConnection implements AutoCloseable {

    private static final Duration CHANNEL_OPEN = Duration.ofSeconds(30);
    private static final int UPLOAD_CHUNK = 64 * 1024;

    private final Destination destination;
    private final String user;
    private final ConnectAttempt attempt;
    private final ClientSession session;

    SshConnection(Destination destination, String user, ConnectAttempt attempt, ClientSession session) {
        this.destination = destination;
        this.user = user;
        this.attempt = attempt;
        this.session = session;
    }

    /** The destination as given (perhaps an alias). */
    public Destination destination() {
        return destination;
    }

    /** {@code user@host:port} after ~/.ssh/config. */
    public String describe() {
        return user + "@" + attempt.host() + ":" + attempt.port();
    }

    /** Starts {@code command} (a shell command line) with streamed stdin and stdout. */
    public RemoteProcess start(String command) {
        return RemoteProcess.start(session, command, describe(), CHANNEL_OPEN);
    }

    /** Connects to the unix socket at {@code path} on the host, through sshd. */
    public RemoteSocket connectSocket(String path) {
        return RemoteSocket.open(session, path, describe(), CHANNEL_OPEN);
    }

    /**
     * Runs {@code command} with empty stdin and collects its output.
     *
     * @throws SshTransportException if it cannot start, or does not end within {@code timeout}
     */
    public CommandResult run(String command, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(CHANNEL_OPEN);
            channel.getInvertedIn().close();
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
            if (events.contains(ClientChannelEvent.TIMEOUT)) {
                throw new SshTransportException("'" + command + "' on " + describe() + " did not end within " + timeout);
            }
            Integer status = channel.getExitStatus();
            return new CommandResult(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SshTransportException("cannot run '" + command + "' on " + describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies {@code local} to the new file {@code remotePath} over SFTP, reporting the bytes sent
     * so far. Fails if {@code remotePath} exists: upload into a fresh directory.
     */
    public void upload(Path local, String remotePath, LongConsumer progress) {
        try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
             InputStream in = Files.newInputStream(local);
             OutputStream out = sftp.write(remotePath, UPLOAD_CHUNK, SftpClient.OpenMode.Write,
                     SftpClient.OpenMode.Create, SftpClient.OpenMode.Exclusive)) {
            byte[] chunk = new byte[UPLOAD_CHUNK];
            long sent = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                out.write(chunk, 0, n);
                sent += n;
                progress.accept(sent);
            }
        } catch (IOException e) {
            throw new SshTransportException("cannot upload " + local + " to " + remotePath + " on " + describe()
                    + ": " + e.getMessage(), e);
        }
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    /** Runs {@code listener} once the connection is closed, by either side or by a dropped link. */
    public void onClose(Runnable listener) {
        session.addCloseFutureListener(future -> listener.run());
    }

    @Override
    public void close() {
        session.close(false);
    }

    @Override
    public String toString() {
        return "SshConnection[" + describe() + "]";
    }
}
