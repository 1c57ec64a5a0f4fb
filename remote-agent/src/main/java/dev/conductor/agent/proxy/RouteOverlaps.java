package dev.conductor.agent.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.conductor.agent.caddy.CaddyAdmin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Checks, once the snippets are in Caddy, that no route before one of them in its list takes
     * its paths (a catch-all included): Caddy answers with the first route that matches, so the
     * new deployment would never be reached.
     *
     * @param sameService {@code @id}s of the service's own routes, which the switch removes
     * @throws ProxyConflictException naming the route in the way; the caller removes what it posted
     */
    static void refuseShadowed(CaddyAdmin caddy, List<ProxySnippet> snippets, Set<String> sameService) {
        for (ProxySnippet snippet : snippets) {
            String own = snippet.atId().orElse(null);
            if (own == null || snippet.registerOnly()) {
                continue;
            }
            caddy.get(snippet.path()).filter(JsonNode::isArray).ifPresent(routes -> {
                for (JsonNode route : routes) {
                    String atId = route.path("@id").asText("");
                    if (atId.equals(own)) {
                        return;
                    }
                    if (!sameService.contains(atId) && takes(route, snippet.config())) {
                        throw new ProxyConflictException(own, "route '" + own + "' would never answer: "
                                + (atId.isEmpty() ? "a route without @id" : "route '" + atId + "'")
                                + " before it in " + snippet.id() + " takes its requests: " + Quote.json(route));
                    }
                }
            });
        }
    }

    // a route takes what it matches only if it handles it
    private static boolean takes(JsonNode earlier, JsonNode ours) {
        if (!earlier.path("handle").isArray() || earlier.path("handle").isEmpty()) {
            return false;
        }
        return overlap(earlier.path("match"), ours.path("match")).isPresent();
    }

    /**
     * A path that both match lists may take, if any. A list without matcher sets, or a set
     * without paths, takes every path (on its hosts); a set with other matchers (headers,
     * methods, ...) is narrower than this can tell, and overlaps nothing.
     */
    static Optional<String> overlap(JsonNode matchA, JsonNode matchB) {
        for (JsonNode a : sets(matchA)) {
            for (JsonNode b : sets(matchB)) {
                if (onlyHostAndPath(a) && onlyHostAndPath(b) && hostsMayMeet(a.path("host"), b.path("host"))) {
                    Optional<String> path = commonPath(a.path("path"), b.path("path"));
                    if (path.isPresent()) {
                        return path;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> sets(JsonNode match) {
        List<JsonNode> sets = new ArrayList<>();
        match.forEach(sets::add);
        return sets.isEmpty() ? List.of(JsonNodeFactory.instance.objectNode()) : sets;
    }

    private static boolean onlyHostAndPath(JsonNode set) {
        Iterator<String> names = set.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("host") && !name.equals("path")) {
                return false;
            }
        }
        return true;
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
        List<String> a0 = strings(pathsA);
        List<String> b0 = strings(pathsB);
        if (a0.isEmpty() || b0.isEmpty()) {
            return Optional.of(a0.isEmpty() ? b0.isEmpty() ? "/*" : b0.get(0) : a0.get(0));
        }
        for (String a : a0) {
            for (String b : b0) {
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
