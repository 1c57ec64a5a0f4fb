package dev.conductor.agent.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sandbox hosts with the packaged agent that reach each other (forwarding limited to their
 * addresses), for a test class's fleet; removed, and the forwarding undone, on close or at exit.
 */
final class SandboxFleet implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> names;
    private final List<AgentHost> agents = new ArrayList<>();
    private SandboxScript script;
    private HostForwarding forwarding;

    private SandboxFleet(List<String> names, SandboxScript script) {
        this.names = List.copyOf(names);
        this.script = script;
    }

    /**
     * @param hostJson each host's /etc/conductor/host.json
     * @param install how the agent goes on, {@link AgentHost#install} or {@link AgentHost#installWithDefaults}
     */
    static SandboxFleet boot(List<String> names, Function<SandboxHost, String> hostJson,
            Function<SandboxHost, AgentHost> install) {
        SandboxScript.requireRoot();
        SandboxFleet fleet = new SandboxFleet(names, SandboxScript.locate());
        Runtime.getRuntime().addShutdownHook(new Thread(fleet::close, "sandbox-fleet-cleanup"));
        List<SandboxHost> hosts = new ArrayList<>();
        for (String name : names) {
            hosts.add(fleet.script.up(name));
        }
        fleet.forwarding = HostForwarding.between(hosts.stream().map(SandboxHost::ip).toList());
        for (SandboxHost host : hosts) {
            host.writeFile("/etc/conductor/host.json", hostJson.apply(host));
            fleet.agents.add(install.apply(host));
        }
        return fleet;
    }

    /** The agent of the {@code index}th host, from 1. */
    AgentHost agent(int index) {
        return agents.get(index - 1);
    }

    List<AgentHost> agents() {
        return agents;
    }

    void powerOff(String name) {
        script.down(name);
    }

    /** Cuts the host's network at the machine: the others see it go silent, as if powered off. */
    void cutOff(String name) {
        forwarding.cutOff(host(name).ip());
    }

    void reconnect(String name) {
        forwarding.reconnect(host(name).ip());
    }

    private SandboxHost host(String name) {
        return agents.stream().map(AgentHost::host).filter(host -> host.name().equals(name)).findFirst().orElseThrow();
    }

    /** Waits up to {@code bound} for {@code condition}, failing with every host's agent and NATS journal. */
    void await(String what, Duration bound, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + bound.toSeconds() + " s: " + what + "; agent logs:\n"
                        + agents.stream().map(a -> a.host().name() + ":\n" + journal(a, "conductor-agent", 30)
                                + journal(a, "conductor-nats", 8)).collect(Collectors.joining("\n")));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String journal(AgentHost agent, String unit, int lines) {
        return agent.host().exec("journalctl", "-u", unit, "-n", Integer.toString(lines), "--no-pager", "-o", "short-precise")
                .stdout();
    }

    static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    @Override
    public synchronized void close() {
        if (script == null) {
            return;
        }
        try {
            if (forwarding != null) {
                forwarding.close();
            }
        } finally {
            for (String name : names) {
                try {
                    script.down(name);
                } catch (RuntimeException e) {
                    System.err.println("sandbox-fleet: cannot remove " + name + ": " + e.getMessage());
                }
            }
            script = null;
        }
    }
}
