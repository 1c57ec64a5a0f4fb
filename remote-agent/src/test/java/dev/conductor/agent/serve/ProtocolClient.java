package dev.conductor.agent.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.protocol.Cancel;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.Request;
import dev.conductor.protocol.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** The console's end of the protocol for tests: sends requests, sorts what comes back by id. */
final class ProtocolClient {

    /** A request's events and its final response or error. */
    record Reply(List<Event> events, Message end) {
        JsonNode result() {
            if (!(end instanceof Response response)) {
                throw new AssertionError("expected a response, got " + MessageCodec.write(end));
            }
            return response.result();
        }

        ErrorReply.Body error() {
            if (!(end instanceof ErrorReply error)) {
                throw new AssertionError("expected an error, got " + MessageCodec.write(end));
            }
            return error.error();
        }

        List<JsonNode> data(String event) {
            return events.stream().filter(e -> e.event().equals(event)).map(Event::data).toList();
        }
    }

    private static final String NO_ID = "";
    private final OutputStream toAgent;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> garbage = new CopyOnWriteArrayList<>();
    private final Map<String, BlockingQueue<Message>> byId = new ConcurrentHashMap<>();
    private final Map<String, List<Event>> seen = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    ProtocolClient(InputStream fromAgent, OutputStream toAgent) {
        this.toAgent = toAgent;
        Thread reader = new Thread(() -> read(fromAgent), "protocol-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Every line the agent wrote so far, raw. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Lines the agent wrote that are not protocol messages: there must be none. */
    List<String> garbage() {
        return List.copyOf(garbage);
    }

    synchronized void sendLine(String line) {
        try {
            toAgent.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            toAgent.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request and returns its id. */
    String request(String method, ObjectNode params) {
        String id = "r" + ids.incrementAndGet();
        sendLine(MessageCodec.write(new Request(id, method, params)));
        return id;
    }

    void cancel(String id) {
        sendLine(MessageCodec.write(new Cancel(id)));
    }

    /** Sends a request and waits for its end. */
    Reply call(String method, ObjectNode params, Duration timeout) {
        return awaitEnd(request(method, params), timeout);
    }

    /** Waits for the next message of request {@code id} ({@code null} for messages without an id). */
    Message next(String id, Duration timeout) {
        try {
            Message message = queue(id).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message for request " + id + " within " + timeout + "; lines so far: " + lines);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Waits for an event of request {@code id} that matches, skipping the others. */
    Event awaitEvent(String id, Predicate<Event> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = next(id, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (message instanceof Event event && wanted.test(event)) {
                return event;
            }
            if (!(message instanceof Event)) {
                throw new AssertionError("request " + id + " ended before the event: " + MessageCodec.write(message));
            }
        }
    }

    /** Like {@link #awaitEvent}, but also satisfied by an event received (and skipped) before. */
    Event awaitSeen(String id, Predicate<Event> wanted, Duration timeout) {
        return seen.getOrDefault(id, List.of()).stream().filter(wanted).findFirst()
                .orElseGet(() -> awaitEvent(id, wanted, timeout));
    }

    /** Collects the events of request {@code id} up to its response or error. */
    Reply awaitEnd(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> events = new ArrayList<>();
        while (true) {
            Message message = next(id, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (message instanceof Event event) {
                events.add(event);
            } else {
                return new Reply(events, message);
            }
        }
    }

    private void read(InputStream fromAgent) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(fromAgent, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                try {
                    Message message = MessageCodec.read(line);
                    if (message instanceof Event event) {
                        seen.computeIfAbsent(event.id(), key -> new CopyOnWriteArrayList<>()).add(event);
                    }
                    queue(idOf(message)).add(message);
                } catch (ProtocolException e) {
                    garbage.add(line);
                }
            }
        } catch (IOException e) {
            // the agent went away; tests notice missing messages
        }
    }

    private BlockingQueue<Message> queue(String id) {
        return byId.computeIfAbsent(id == null ? NO_ID : id, key -> new LinkedBlockingQueue<>());
    }

    private static String idOf(Message message) {
        if (message instanceof Response response) {
            return response.id();
        }
        if (message instanceof ErrorReply error) {
            return error.id();
        }
        if (message instanceof Event event) {
            return event.id();
        }
        return null;
    }
}
