package dev.conductor.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.Backoff;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.RequestParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reconnect and resync logic, with links faked in memory (the real SSH links are proven in sandbox tests). */
class HostWatcherTest {

    private final Fleet fleet = new Fleet();
    private final BlockingQueue<Object> attempts = new LinkedBlockingQueue<>();
    private final Backoff fast = new Backoff(Duration.ofMillis(10), Duration.ofMillis(20));

    @Test
    void connectsResyncsFollowsEventsThenReconnectsAfterADrop() throws Exception {
        FakeLink first = new FakeLink("0.1.0", "{\"services\":[{\"name\":\"web\",\"state\":\"Stable\"}]}");
        FakeLink second = new FakeLink("0.1.1", "{\"services\":[{\"name\":\"web\",\"state\":\"WaitNext\"}]}");
        attempts.addAll(List.of(first, second));
        try (HostWatcher watcher = new HostWatcher("h1", fleet, destination -> next(), fast).start()) {
            await(() -> state("web").equals("Stable"));
            assertThat(fleet.host("h1").orElseThrow().state()).isEqualTo(ConnectionState.CONNECTED);

            await(() -> first.events != null);
            first.events.accept(new Event("s", "service", json("{\"name\":\"api\",\"state\":\"Wait\"}")));
            assertThat(fleet.host("h1").orElseThrow().services()).extracting(r -> r.name()).containsExactly("web", "api");

            first.closed.complete("connection reset by peer");
            await(() -> state("web").equals("WaitNext"));
            FleetHost h1 = fleet.host("h1").orElseThrow();
            assertThat(h1.agentVersion()).isEqualTo("0.1.1");
            assertThat(h1.services()).extracting(r -> r.name()).as("resync replaced the rows").containsExactly("web");
        }
    }

    @Test
    void anAgentWithFunctionsListsThemAndSendsTheirRowsAndRemovals() throws Exception {
        FakeLink link = new FakeLink("0.2.0", "{\"services\":[]}", List.of(Hello.FUNCTIONS),
                "{\"functions\":[{\"id\":\"web\",\"service\":\"web\",\"requests\":5}]}");
        attempts.add(link);
        try (HostWatcher watcher = new HostWatcher("h1", fleet, destination -> next(), fast).start()) {
            await(() -> link.events != null);
            assertThat(functions()).containsExactly("web:5");

            link.events.accept(new Event("s", "function", json("{\"id\":\"web-api\",\"service\":\"web\",\"requests\":1}")));
            link.events.accept(new Event("s", "removed", json("{\"kind\":\"function\",\"name\":\"web\"}")));
            link.events.accept(new Event("s", "removed", json("{\"kind\":\"volume\",\"name\":\"web-api\"}")));

            assertThat(functions()).containsExactly("web-api:1");
        }
    }

    @Test
    void anOlderAgentIsNotAskedForFunctions() throws Exception {
        FakeLink link = new FakeLink("0.1.0", "{\"services\":[{\"name\":\"web\",\"state\":\"Stable\"}]}");
        attempts.add(link);
        try (HostWatcher watcher = new HostWatcher("h1", fleet, destination -> next(), fast).start()) {
            await(() -> link.events != null);
            assertThat(link.asked).doesNotContain(MethodNames.FUNCTIONS_LIST.wire());
            assertThat(fleet.host("h1").orElseThrow().functions()).isEmpty();
        }
    }

    @Test
    void retryableFailuresShowDisconnectedAndAreRetried() throws Exception {
        attempts.add(new LinkFailedException("connection refused", true, null));
        attempts.add(new FakeLink("0.1.0", "{\"services\":[]}"));
        try (HostWatcher watcher = new HostWatcher("h1", fleet, destination -> next(), fast).start()) {
            await(() -> fleet.host("h1").orElseThrow().state() == ConnectionState.CONNECTED);
        }
    }

    @Test
    void aRefusedHostKeyStopsForGood() throws Exception {
        attempts.add(new LinkFailedException("host key of h1 changed", false, null));
        try (HostWatcher watcher = new HostWatcher("h1", fleet, destination -> next(), fast).start()) {
            await(() -> fleet.host("h1").orElseThrow().state() == ConnectionState.FAILED);
            assertThat(fleet.host("h1").orElseThrow().detail()).isEqualTo("host key of h1 changed");
        }
    }

    private AgentLink next() {
        Object attempt = attempts.poll();
        if (attempt instanceof AgentLink link) {
            return link;
        }
        if (attempt instanceof LinkFailedException failure) {
            throw failure;
        }
        throw new LinkFailedException("no more attempts scripted", false, null);
    }

    private List<String> functions() {
        return fleet.host("h1").orElseThrow().functions().stream()
                .map(f -> f.row().id() + ":" + f.row().requests()).toList();
    }

    private String state(String service) {
        return fleet.host("h1").flatMap(h -> h.services().stream().filter(r -> r.name().equals(service)).findFirst())
                .map(r -> r.state()).orElse("");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met within 5 s").isBefore(deadline);
            Thread.sleep(5);
        }
    }

    private static JsonNode json(String text) {
        try {
            return MessageCodec.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final class FakeLink implements AgentLink {
        final String version;
        final String services;
        final List<String> capabilities;
        final String functions;
        final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();
        volatile Consumer<Event> events;

        FakeLink(String version, String services) {
            this(version, services, List.of(), "{}");
        }

        FakeLink(String version, String services, List<String> capabilities, String functions) {
            this.version = version;
            this.services = services;
            this.capabilities = capabilities;
            this.functions = functions;
        }

        @Override
        public Hello hello() {
            return Hello.fromAgent(version, "h1", capabilities);
        }

        @Override
        public <P extends RequestParams, R> CompletableFuture<R> call(MethodName<P, R> method, P params) {
            asked.add(method.wire());
            String answer = method == MethodNames.SERVICES_LIST ? services
                    : method == MethodNames.FUNCTIONS_LIST ? functions : "{}";
            return CompletableFuture.completedFuture(method.result(json(answer)));
        }

        @Override
        public <P extends RequestParams, R> Stream<R> stream(MethodName<P, R> method, P params, Consumer<Event> consumer) {
            events = consumer;
            return new Stream<>() {
                @Override
                public CompletableFuture<R> result() {
                    return new CompletableFuture<>();
                }

                @Override
                public void cancel() {
                }
            };
        }

        @Override
        public CompletableFuture<String> closed() {
            return closed;
        }

        @Override
        public void close() {
            closed.complete("");
        }
    }
}
