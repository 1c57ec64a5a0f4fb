package dev.conductor.console.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The requests sent and not yet answered, by id. Futures are completed outside the lock, on the
 * thread that read the answer.
 */
final class PendingCalls {

    /** One request in flight; {@code events} is null for a plain call. */
    static final class Pending {
        final String id;
        final String method;
        final CompletableFuture<JsonNode> result = new CompletableFuture<>();
        final Consumer<Event> events;
        volatile boolean cancelRequested;

        Pending(String id, String method, Consumer<Event> events) {
            this.id = id;
            this.method = method;
            this.events = events;
        }
    }

    private final String where;
    private final Consumer<Pending> cancel;
    private final Map<String, Pending> byId = new HashMap<>();
    private String closedBecause;

    /** @param cancel asks the agent to stop a stream whose subscriber threw */
    PendingCalls(String where, Consumer<Pending> cancel) {
        this.where = where;
        this.cancel = cancel;
    }

    /** @throws SessionClosedException if the session has ended: nothing was sent */
    synchronized Pending register(String id, String method, Consumer<Event> events) {
        if (closedBecause != null) {
            throw new SessionClosedException("request " + method + " was not sent: the agent session on " + where
                    + " has ended (" + closedBecause + ")");
        }
        Pending pending = new Pending(id, method, events);
        byId.put(id, pending);
        return pending;
    }

    void answered(Response response) {
        Pending pending = remove(response.id());
        if (pending != null) {
            pending.result.complete(response.result() == null ? NullNode.getInstance() : response.result());
        }
    }

    void failed(ErrorReply reply) {
        Pending pending = remove(reply.id());
        if (pending == null) {
            return;
        }
        if (pending.cancelRequested && ErrorCode.of(reply.error().code()) == ErrorCode.CANCELLED) {
            pending.result.complete(NullNode.getInstance()); // the end the caller asked for
        } else {
            pending.result.completeExceptionally(new AgentCallException(pending.method, where, reply.error()));
        }
    }

    void event(Event event) {
        Pending pending = get(event.id());
        if (pending == null || pending.events == null || pending.result.isDone()) {
            return;
        }
        try {
            pending.events.accept(event);
        } catch (RuntimeException e) {
            pending.result.completeExceptionally(e); // the subscriber's bug ends its stream, not the session
            cancel.accept(pending);
        }
    }

    /** Fails one request whose sending broke off: it may have reached the agent. */
    void lost(Pending pending, String why) {
        if (remove(pending.id) != null) {
            pending.result.completeExceptionally(new OutcomeUnknownException(pending.id, pending.method, where, why));
        }
    }

    /** Ends the session: every request in flight fails with an {@link OutcomeUnknownException}. */
    void closeAll(String why) {
        List<Pending> orphans;
        synchronized (this) {
            if (closedBecause != null) {
                return;
            }
            closedBecause = why;
            orphans = new ArrayList<>(byId.values());
            byId.clear();
        }
        orphans.forEach(p -> p.result.completeExceptionally(new OutcomeUnknownException(p.id, p.method, where, why)));
    }

    synchronized boolean isClosed() {
        return closedBecause != null;
    }

    synchronized Pending get(String id) {
        return byId.get(id);
    }

    private synchronized Pending remove(String id) {
        return id == null ? null : byId.remove(id);
    }
}
