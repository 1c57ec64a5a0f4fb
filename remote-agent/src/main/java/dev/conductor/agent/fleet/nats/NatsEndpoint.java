package dev.conductor.agent.fleet.nats;

import java.util.List;

/**
 * How an agent reaches the fleet's servers.
 *
 * @param servers URLs such as {@code tls://10.0.0.1:4222} or {@code nats://127.0.0.1:4222}
 * @param caPem the CA certificate that server certificates must chain to; empty for plain {@code nats://}
 */
public record NatsEndpoint(List<String> servers, String user, String password, String caPem) {

    public NatsEndpoint {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no NATS server URL");
        }
    }

    @Override
    public String toString() {
        return "NatsEndpoint" + servers + " as " + user; // never the password
    }
}
