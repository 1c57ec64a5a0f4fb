package dev.conductor.console.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.RequestParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** An agent link that records requests; the test answers them in JSON, as the agent would, and sends their events. */
public final class FakeLink implements AgentLink {

    public final List<String> requests = new ArrayList<>();
    public final Map<String, JsonNode> params = new HashMap<>();
    public final Map<String, CompletableFuture<JsonNode>> results = new HashMap<>();
    public final Map<String, Consumer<Event>> events = new HashMap<>();
    public volatile boolean cancelled;

    @Override
    public Hello hello() {
        return null;
    }

    @Override
    public synchronized <P extends RequestParams, R> CompletableFuture<R> call(MethodName<P, R> method, P request) {
        requests.add(method.wire());
        params.put(method.wire(), request == null ? null : request.toJson());
        return AgentLink.typed(method, results.computeIfAbsent(method.wire(), m -> new CompletableFuture<>()));
    }

    @Override
    public synchronized <P extends RequestParams, R> Stream<R> stream(MethodName<P, R> method, P request,
            Consumer<Event> consumer) {
        CompletableFuture<R> result = call(method, request);
        events.put(method.wire(), consumer);
        return new Stream<>() {
            @Override
            public CompletableFuture<R> result() {
                return result;
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        };
    }

    public void send(String method, String event, String json) {
        events.get(method).accept(new Event("1", event, json(json)));
    }

    public void answer(String method, String json) {
        results.computeIfAbsent(method, m -> new CompletableFuture<>()).complete(json(json));
    }

    /** Answers with a result record, written as the agent would. */
    public void answer(String method, Object result) {
        results.computeIfAbsent(method, m -> new CompletableFuture<>()).complete(MessageCodec.MAPPER.valueToTree(result));
    }

    public static JsonNode json(String text) {
        try {
            return MessageCodec.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Override
    public CompletableFuture<String> closed() {
        return new CompletableFuture<>();
    }

    @Override
    public void close() {
    }
}
