package dev.conductor.agent.fleet;

import java.util.stream.Collectors;

/**
 * Renders this host's nats-server config: JetStream in its store directory, TLS for clients and
 * for routes (routes verify each other's certificates against the cluster's CA), the agents' and
 * the joiners' users, and routes to the other servers. Monitoring answers on loopback only.
 */
final class NatsConfig {

    private NatsConfig() {}

    static String render(ClusterSettings settings, ClusterPaths paths) {
        String tls = "    cert_file: " + quote(paths.serverCert()) + "\n    key_file: " + quote(paths.serverKey())
                + "\n    ca_file: " + quote(paths.caCert()) + "\n    timeout: 5\n";
        String routes = settings.routes().stream().map(route -> "    " + quote("nats-route://" + route))
                .collect(Collectors.joining("\n"));
        return "# written by conductor-agent cluster init|join; changes are overwritten\n"
                + "server_name: " + quote(settings.serverName()) + "\n"
                + "listen: " + quote(settings.clientAddress()) + "\n"
                + "http: \"127.0.0.1:8222\"\n"
                + "jetstream {\n  store_dir: " + quote(paths.store()) + "\n  max_memory_store: 64M\n"
                + "  max_file_store: 1G\n}\n"
                + "tls {\n" + tls.replace("    ", "  ") + "}\n"
                + "authorization {\n  users: [\n"
                + "    { user: " + quote(ClusterSettings.AGENT_USER) + ", password: "
                + quote(settings.agentPassword()) + " }\n"
                + "    { user: " + quote(ClusterSettings.JOIN_USER) + ", password: " + quote(settings.joinPassword())
                + ", permissions: { publish: { allow: [" + quote(JoinProtocol.SUBJECT) + "] },"
                + " subscribe: { allow: [\"_INBOX.>\"] } } }\n  ]\n}\n"
                + "cluster {\n  name: " + quote(settings.clusterName()) + "\n"
                + "  listen: " + quote(settings.clusterAddress()) + "\n"
                + "  tls {\n" + tls + "    verify: true\n  }\n"
                + "  routes: [\n" + routes + (routes.isEmpty() ? "" : "\n") + "  ]\n}\n";
    }

    private static String quote(Object value) {
        String text = value.toString();
        if (text.contains("\"") || text.contains("\\") || text.contains("\n")) {
            throw new IllegalArgumentException("cannot put " + text.replace("\n", "\\n") + " in nats.conf");
        }
        return "\"" + text + "\"";
    }
}
