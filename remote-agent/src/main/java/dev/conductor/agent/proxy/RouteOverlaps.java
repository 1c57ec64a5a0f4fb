package dev.conductor.agent.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.caddy.CaddyAdmin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a route whose paths another service's route already takes in the same list: Caddy
 * would answer with whichever comes first, so a "successful" deploy would serve the other one.
 * Routes overlap when their hosts may coincide and a path of one matches a path of the other.
 */
final class RouteOverlaps {

    private RouteOverlaps() {}

    /**
     * @param others the {@code @id}s of other services' routes, to the service that owns each
     * @throws ProxyConflictException naming both services and the paths; nothing was changed
     */
    static void refuse(CaddyAdmin caddy, List<ProxySnippet> snippets, String service, Map<String, String> others) {
        if (others.isEmpty()) {
            return;
        }
        for (ProxySnippet snippet : snippets) {
            caddy.get(snippet.path()).filter(JsonNode::isArray).ifPresent(routes -> {
                for (JsonNode route : routes) {
                    String owner = others.get(route.path("@id").asText(""));
                    if (owner != null) {
                        overlap(route.path("match"), snippet.config().path("match")).ifPresent(path -> {
                            throw new ProxyConflictException(snippet.atId().orElse(""), "route '"
                                    + snippet.atId().orElse(snippet.id()) + "' of service '" + service
                                    + "' takes path '" + path + "', which route '" + route.path("@id").asText()
                                    + "' of service '" + owner + "' already serves; nothing was changed");
                        });
                    }
                }
            });
        }
    }

    /** A path that both match lists may take, if any; a route without path matchers takes none. */
    static Optional<String> overlap(JsonNode matchA, JsonNode matchB) {
        for (JsonNode a : matchA) {
            for (JsonNode b : matchB) {
                if (hostsMayMeet(a.path("host"), b.path("host"))) {
                    Optional<String> path = commonPath(a.path("path"), b.path("path"));
                    if (path.isPresent()) {
                        return path;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hostsMayMeet(JsonNode hostsA, JsonNode hostsB) {
        if (!hostsA.isArray() || !hostsB.isArray() || hostsA.isEmpty() || hostsB.isEmpty()) {
            return true;
        }
        for (JsonNode host : hostsA) {
            if (strings(hostsB).contains(host.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> commonPath(JsonNode pathsA, JsonNode pathsB) {
        for (String a : strings(pathsA)) {
            for (String b : strings(pathsB)) {
                if (covers(a, b) || covers(b, a)) {
                    return Optional.of(a.length() <= b.length() ? b : a);
                }
            }
        }
        return Optional.empty();
    }

    // Caddy's path matcher: exact, or a prefix ending in '*'; other wildcards are compared as text.
    private static boolean covers(String pattern, String path) {
        return pattern.equals(path) || pattern.endsWith("*")
                && path.startsWith(pattern.substring(0, pattern.length() - 1));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
