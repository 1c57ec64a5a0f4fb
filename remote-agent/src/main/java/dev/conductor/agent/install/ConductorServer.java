package dev.conductor.agent.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Caddy's config must hold for Conductor: an HTTP server {@code @id conductor-server} with
 * automatic HTTPS off, and an admin API that only this machine can reach. Pure functions of the config.
 */
final class ConductorServer {

    static final String ID = "conductor-server";
    private static final String DEFAULT_ADMIN = "localhost:2019";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // Where to POST what, so that config gains the server (and any missing parents).
    record Placement(String path, JsonNode snippet) {}

    private ConductorServer() {}

    static ObjectNode definition(String listen) {
        ObjectNode server = NODES.objectNode().put("@id", ID);
        server.putArray("listen").add(listen);
        server.putArray("routes");
        server.putObject("automatic_https").put("disable", true);
        return server;
    }

    static boolean isPresent(JsonNode config) {
        return servers(config).values().stream().anyMatch(server -> ID.equals(server.path("@id").asText()));
    }

    // Refuses an admin API that listens beyond loopback: it would let the network reconfigure Caddy.
    static void requireLocalAdmin(JsonNode config) {
        String listen = config.path("admin").path("listen").asText(DEFAULT_ADMIN);
        if (ListenAddress.parse(listen).filter(ListenAddress::isLocal).isEmpty()) {
            throw new InstallException("Caddy's admin API listens on '" + listen + "', which other machines can"
                    + " reach; Conductor needs it on this machine only: put 'admin " + CaddyfileSwap.SOCKET + "' (root"
                    + " only) or 'admin localhost:2019' in the global options block of /etc/caddy/Caddyfile (or"
                    + " \"admin\": {\"listen\": \"localhost:2019\"} in JSON) and restart caddy");
        }
    }

    // Refuses when another server already listens on the port of listen, naming it.
    static void requireFreePort(JsonNode config, String listen) {
        ListenAddress ours = ListenAddress.parse(listen)
                .orElseThrow(() -> new IllegalArgumentException("not a listen address: '" + listen + "'"));
        for (Map.Entry<String, JsonNode> server : servers(config).entrySet()) {
            for (JsonNode address : server.getValue().path("listen")) {
                if (ListenAddress.parse(address.asText()).filter(ours::sharesPortWith).isPresent()) {
                    throw conflict(server.getKey(), address.asText(), listen);
                }
            }
        }
    }

    static Placement placement(JsonNode config, String listen) {
        JsonNode server = definition(listen);
        if (config == null || !config.isObject()) {
            return new Placement("/config/", wrap(server, "conductor", "servers", "http", "apps"));
        }
        if (!config.path("apps").isObject()) {
            return new Placement("/config/apps", wrap(server, "conductor", "servers", "http"));
        }
        if (!config.path("apps").path("http").isObject()) {
            return new Placement("/config/apps/http", wrap(server, "conductor", "servers"));
        }
        if (!config.path("apps").path("http").path("servers").isObject()) {
            return new Placement("/config/apps/http/servers", wrap(server, "conductor"));
        }
        return new Placement("/config/apps/http/servers/" + freeName(servers(config)), server);
    }

    private static InstallException conflict(String name, String address, String listen) {
        return new InstallException("Caddy's HTTP server '" + name + "' already listens on '" + address + "', the"
                + " port that Conductor's server needs ('" + listen + "'). Move that site off the port (for"
                + " example give it a host name with HTTPS, or another port) in /etc/caddy/Caddyfile, run"
                + " 'systemctl restart caddy', then run 'conductor-agent system install' again");
    }

    private static String freeName(Map<String, JsonNode> servers) {
        String name = "conductor";
        for (int i = 2; servers.containsKey(name); i++) {
            name = "conductor-" + i;
        }
        return name;
    }

    // Nests inner under the keys, innermost first.
    private static JsonNode wrap(JsonNode inner, String... keys) {
        JsonNode node = inner;
        for (String key : keys) {
            ObjectNode outer = NODES.objectNode();
            outer.set(key, node);
            node = outer;
        }
        return node;
    }

    private static Map<String, JsonNode> servers(JsonNode config) {
        Map<String, JsonNode> servers = new LinkedHashMap<>();
        JsonNode node = config == null ? MissingNode.getInstance() : config.path("apps").path("http").path("servers");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            servers.put(entry.getKey(), entry.getValue());
        }
        return servers;
    }
}
