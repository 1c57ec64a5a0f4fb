package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.console.session.SessionOptions;
import dev.conductor.console.session.SshAgentConnector;
import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.ssh.SshPaths;
import dev.conductor.console.ssh.SshTransport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Builds the SSH transport and agent connector from the options, and connects to hosts. */
final class Consoles implements AutoCloseable {

    private final ConsoleMain options;
    private final SshTransport transport;
    private final SshAgentConnector connector;

    Consoles(ConsoleMain options, PrintWriter err) {
        this.options = options;
        SshPaths paths = SshPaths.standard();
        if (options.knownHosts != null) {
            paths = new SshPaths(paths.home(), options.knownHosts, paths.config());
        }
        this.transport = new SshTransport(SshOptions.defaults().withPaths(paths).withTrust(trust(err)));
        SessionOptions session = SessionOptions.defaults(ConsoleVersion.current());
        this.connector = new SshAgentConnector(transport,
                options.agentCommand == null ? session : session.withCommand(options.agentCommand));
    }

    SshTransport transport() {
        return transport;
    }

    SshAgentConnector connector() {
        return connector;
    }

    /** The one host a single-host command works on. */
    String singleHost() {
        if (options.hosts.size() != 1) {
            throw new IllegalArgumentException("this command works on one host: give exactly one --host (got "
                    + options.hosts.size() + ")");
        }
        return options.hosts.get(0);
    }

    List<String> hosts() {
        if (options.hosts.isEmpty()) {
            throw new IllegalArgumentException("give at least one --host");
        }
        return options.hosts;
    }

    /** Connects to every host in parallel; each entry is a link or the failure's message. */
    Map<String, Object> connectAll() {
        Map<String, CompletableFuture<Object>> attempts = new LinkedHashMap<>();
        for (String host : hosts()) {
            attempts.put(host, CompletableFuture.supplyAsync(() -> connectOrMessage(host)));
        }
        Map<String, Object> links = new LinkedHashMap<>();
        attempts.forEach((host, attempt) -> links.put(host, attempt.join()));
        return links;
    }

    AgentLink connect(String host) {
        return connector.connect(host);
    }

    private Object connectOrMessage(String host) {
        try {
            return connector.connect(host);
        } catch (LinkFailedException e) {
            return e.getMessage();
        }
    }

    private HostKeyTrust trust(PrintWriter err) {
        if (options.trustNewHostKeys) {
            return HostKeyTrust.ACCEPT_NEW;
        }
        return System.console() != null ? new TerminalTrust(err) : (host, port, key) -> {
            err.println("refusing unknown host key of " + host + ":" + port + " (" + key + "); check it and run again"
                    + " with --trust-new-host-keys, or add it to known_hosts");
            err.flush();
            return HostKeyTrust.Decision.REJECT;
        };
    }

    @Override
    public void close() {
        transport.close();
    }
}
