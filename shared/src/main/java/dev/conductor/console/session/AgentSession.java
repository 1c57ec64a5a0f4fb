package dev.conductor.console.session;

import dev.conductor.console.link.AgentLink;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.protocol.Cancel;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.RequestParams;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A live session with one host's agent (docs/protocol.md): the agent's hello first, then any
 * number of concurrent requests and streams, matched to their answers by id. When the session
 * ends, every request in flight fails with {@link OutcomeUnknownException}; nothing is replayed.
 *
 * <p>Answers and events are handled on the session's reader thread: keep subscribers and
 * future callbacks short (hand work to your own thread), and never block on another request
 * of the same session there.
 */
public final class AgentSession implements AgentLink {

    private static final Duration EXIT_WAIT = Duration.ofMillis(500);

    private final AgentChannel channel;
    private final Outbox outbox;
    private final PendingCalls pending;
    private final Inbox inbox;
    private final AtomicLong lastId = new AtomicLong();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private volatile Hello agentHello;

    private AgentSession(AgentChannel channel) {
        this.channel = channel;
        this.outbox = new Outbox(channel.stdin());
        this.pending = new PendingCalls(channel.describe(), this::sendCancel);
        this.inbox = new Inbox(channel.stdout(), pending, this::agentEnded);
    }

    /**
     * Reaches the agent over {@code connection} and shakes hands with it: through the resident
     * agent's socket when {@code options} name the default command and the host allows it, else
     * by starting the command. The connection stays the caller's: closing the session ends the
     * socket's stream or the command, not the connection.
     */
    public static AgentSession start(SshConnection connection, SessionOptions options) {
        return AgentDialer.start(AgentHost.over(connection), options);
    }

    /**
     * Shakes hands over an already running agent.
     *
     * @throws AgentMissingException if the host has no agent (or one too old to serve consoles)
     * @throws ProtocolMismatchException if the agent speaks another protocol version
     * @throws AgentSessionException if the agent printed something else, ended, or said nothing
     */
    public static AgentSession open(AgentChannel channel, SessionOptions options) {
        AgentSession session = new AgentSession(channel);
        Thread reader = new Thread(session.inbox, "agent-session " + channel.describe());
        reader.setDaemon(true);
        reader.start();
        try {
            session.agentHello = Handshake.await(session.inbox.hello(), channel, options.helloTimeout());
            session.outbox.send(Hello.fromConsole(options.consoleVersion()));
            return session;
        } catch (IOException e) {
            session.close();
            throw new AgentSessionException("cannot send the console's hello to " + channel.describe(), e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The agent's hello: its version, host name and capabilities. */
    @Override
    public Hello hello() {
        return agentHello;
    }

    /**
     * Sends a request; the future completes with its result record, or fails with
     * {@link AgentCallException}, {@link OutcomeUnknownException}, {@link SessionClosedException},
     * or a {@link dev.conductor.protocol.ProtocolException} when the answer does not fit the record.
     */
    @Override
    public <P extends RequestParams, R> CompletableFuture<R> call(MethodName<P, R> method, P params) {
        try {
            return AgentLink.typed(method, send(method, params, null).result);
        } catch (SessionClosedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Sends a streaming request; {@code events} receives its events on the reader thread. Its
     * result fails like {@link #call}'s.
     */
    @Override
    public <P extends RequestParams, R> Subscription<R> stream(MethodName<P, R> method, P params,
            Consumer<Event> events) {
        Objects.requireNonNull(events, "events");
        try {
            PendingCalls.Pending sent = send(method, params, events);
            return new Subscription<>(sent.id, AgentLink.typed(method, sent.result), () -> sendCancel(sent));
        } catch (SessionClosedException e) {
            return new Subscription<>(null, CompletableFuture.failedFuture(e), () -> { });
        }
    }

    /**
     * Completes when the session has ended, with why: "the connection dropped", "the agent exited
     * with status 1; ...", "the agent closed the connection" (its socket), or "" when the console
     * closed it.
     */
    @Override
    public CompletableFuture<String> closed() {
        return closed;
    }

    public boolean isOpen() {
        return !pending.isClosed();
    }

    /** Names how the agent is reached (its socket, or the command) and on which host. */
    public String describe() {
        return channel.describe();
    }

    /** Ends the session; requests in flight fail with {@link OutcomeUnknownException}. */
    @Override
    public void close() {
        end("the console closed the session", "");
        channel.close();
    }

    private <P extends RequestParams> PendingCalls.Pending send(MethodName<P, ?> method, P params, Consumer<Event> events) {
        PendingCalls.Pending request = pending.register(Long.toString(lastId.incrementAndGet()), method.wire(), events);
        try {
            outbox.send(method.request(request.id, params));
        } catch (IOException e) {
            pending.lost(request, "the connection failed while sending it (" + e.getMessage() + ")");
        }
        return request;
    }

    private void sendCancel(PendingCalls.Pending stream) {
        stream.cancelRequested = true;
        try {
            outbox.send(new Cancel(stream.id));
        } catch (IOException e) {
            // the session is ending: the stream fails as soon as the reader sees the end
        }
    }

    private void agentEnded(IOException readFailure) {
        String reason = channel.exit(EXIT_WAIT).describe();
        String detail = readFailure == null ? "" : " (" + readFailure.getMessage() + ")";
        String stderr = channel.stderrTail().strip().lines().reduce((first, last) -> last).orElse("");
        String why = reason + detail + (stderr.isEmpty() ? "" : "; the agent's last stderr line: " + stderr);
        end(why, why);
    }

    private void end(String why, String reported) {
        pending.closeAll(why);
        closed.complete(reported);
    }
}
