package dev.conductor.console.fleet;

import dev.conductor.console.link.AgentConnector;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.Backoff;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.method.DeploymentsResult;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.ServicesResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps one host of the fleet live: connects, lists its services, deployments and functions,
 * follows its events, and when the link drops marks it disconnected and reconnects with
 * backoff, then resyncs. A refused host key or a missing agent stops it: retrying cannot help.
 */
public final class HostWatcher implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** What an agent that answers {@code functions.list} advertises; older ones have no functions to list. */
    private final String host;
    private final Fleet fleet;
    private final AgentConnector connector;
    private final Backoff backoff;
    private final Thread thread;
    private volatile AgentLink link;
    private volatile boolean closed;

    public HostWatcher(String host, Fleet fleet, AgentConnector connector, Backoff backoff) {
        this.host = host;
        this.fleet = fleet;
        this.connector = connector;
        this.backoff = backoff;
        this.thread = new Thread(this::run, "host-" + host);
        thread.setDaemon(true);
    }

    public HostWatcher start() {
        fleet.addHost(host);
        thread.start();
        return this;
    }

    /** The live link, for actions such as deploy; empty while disconnected. */
    public Optional<AgentLink> link() {
        return Optional.ofNullable(link);
    }

    private void run() {
        while (!closed) {
            try {
                AgentLink current = connector.connect(host);
                link = current;
                follow(current);
            } catch (LinkFailedException e) {
                if (!e.retryable()) {
                    fleet.connection(host, ConnectionState.FAILED, null, e.getMessage());
                    return;
                }
                fleet.connection(host, ConnectionState.DISCONNECTED, null, e.getMessage());
            } catch (RuntimeException e) {
                fleet.connection(host, ConnectionState.DISCONNECTED, null, String.valueOf(e.getMessage()));
            } finally {
                AgentLink gone = link;
                link = null;
                if (gone != null) {
                    gone.close();
                }
            }
            pause(backoff.nextDelay());
        }
    }

    /** Runs while the link lives; returns when it closes. */
    private void follow(AgentLink current) {
        fleet.connection(host, ConnectionState.CONNECTED, current.hello().agentVersion(), "");
        backoff.reset();
        ServicesResult services = awaitAnswer(current.call(MethodNames.SERVICES_LIST, NoParams.NONE));
        DeploymentsResult deployments = awaitAnswer(current.call(MethodNames.DEPLOYMENTS_LIST, NoParams.NONE));
        fleet.resync(host, services.services(), deployments.deployments(), functions(current));
        current.stream(MethodNames.EVENTS_SUBSCRIBE, NoParams.NONE, event -> FleetEvents.apply(fleet, host, event));
        String reason = current.closed().join();
        if (!closed) {
            fleet.connection(host, ConnectionState.DISCONNECTED, null,
                    reason.isEmpty() ? "connection closed" : reason);
        }
    }

    private List<FunctionRow> functions(AgentLink current) {
        return current.hello().can(Hello.FUNCTIONS)
                ? awaitAnswer(current.call(MethodNames.FUNCTIONS_LIST, NoParams.NONE)).functions() : List.of();
    }

    private <R> R awaitAnswer(CompletableFuture<R> answer) {
        try {
            return answer.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resyncing " + host, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the agent on " + host + " did not answer within "
                    + CALL_TIMEOUT.toSeconds() + " s", e);
        }
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        AgentLink current = link;
        if (current != null) {
            current.close();
        }
        thread.interrupt();
    }
}
