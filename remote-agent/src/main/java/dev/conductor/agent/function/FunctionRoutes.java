package dev.conductor.agent.function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.policy.AuthSocket;
import dev.conductor.agent.proxy.ProxySnippet;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The default route of each function in Caddy's {@code conductor-server}: its {@code path}, by
 * default {@code /cgi/FUNCTION_ID} and below as the original engine had it, proxied to its
 * socket. A service with a proxy template routes its functions by what the template prints for
 * each ({@link FunctionContext}); {@code function caddy-config} prints this default there. Remote
 * actions always get their default route.
 */
public final class FunctionRoutes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FunctionRoutes() {}

    /** The default routes of the service's functions, then of its remote actions. */
    public static List<ProxySnippet> of(ServiceSpec spec) {
        List<ProxySnippet> snippets = new ArrayList<>();
        spec.functions().forEach(function -> snippets.add(snippet(FunctionId.of(spec.name(), function), function)));
        snippets.addAll(actions(spec));
        return List.copyOf(snippets);
    }

    /**
     * The routes of the service's remote actions, {@code /action/SERVICE/NAME} each, always
     * behind their policies: a proxy template never routes them, so none can drop the check.
     */
    public static List<ProxySnippet> actions(ServiceSpec spec) {
        List<ProxySnippet> snippets = new ArrayList<>();
        ActionFunctions.of(spec).forEach((id, action) -> snippets.add(snippet(id, action)));
        return List.copyOf(snippets);
    }

    /** The default route of one function, as {@code function caddy-config} prints it. */
    public static ProxySnippet of(ServiceSpec spec, ServiceFunction function) {
        return snippet(FunctionId.of(spec.name(), function), function);
    }

    /** Snippets as a proxy template prints them: {@code [{"id": ..., "config": {...}}]}. */
    public static String print(List<ProxySnippet> snippets) {
        ArrayNode printed = JSON.arrayNode();
        for (ProxySnippet snippet : snippets) {
            ObjectNode entry = printed.addObject().put("id", snippet.id());
            entry.set("config", snippet.config());
            if (snippet.registerOnly()) {
                entry.put("register_only", true);
            }
        }
        return printed.toPrettyString();
    }

    /** The {@code @id} of a function's route. */
    public static String atId(String id) {
        return "conductor-function-" + id;
    }

    private static ProxySnippet snippet(String id, ServiceFunction function) {
        ArrayNode paths = JSON.arrayNode();
        if (function.path() != null) {
            paths.add(function.path());
        } else {
            paths.add("/cgi/" + id).add("/cgi/" + id + "/*");
        }
        ObjectNode route = JSON.objectNode().put("@id", atId(id));
        route.putArray("match").addObject().set("path", paths);
        ArrayNode handle = route.putArray("handle");
        // identity comes from the auth step only: a client's own copies never reach the function
        handle.addObject().put("handler", "headers").putObject("request").set("delete", identityHeaders());
        if (!function.policies().isEmpty() || function.format() == FunctionFormat.ACTION) {
            handle.add(authStep(id));
        }
        handle.addObject().put("handler", "reverse_proxy")
                .putArray("upstreams").addObject().put("dial", "unix/" + FunctionId.socket(id));
        return new ProxySnippet("conductor-server/routes", route, false);
    }

    /**
     * Caddy's forward_auth, spelled out: a bodiless GET copy of the request (a rewrite to GET
     * drops the body) goes to the agent's auth socket; a 2xx answer runs the handle_response
     * route, which copies the identity headers and goes on to the function; any other answer is
     * what the client gets. Caddy 2.6 skips a handle_response entry without routes, so the entry
     * always has one.
     */
    private static ObjectNode authStep(String id) {
        ObjectNode auth = JSON.objectNode().put("handler", "reverse_proxy");
        auth.putArray("upstreams").addObject().put("dial", "unix/" + AuthSocket.STANDARD);
        auth.putObject("rewrite").put("method", "GET").put("uri", "/auth/" + id);
        ObjectNode forwarded = auth.putObject("headers").putObject("request").putObject("set");
        forwarded.putArray("X-Forwarded-Method").add("{http.request.method}");
        forwarded.putArray("X-Forwarded-Uri").add("{http.request.uri}");
        ObjectNode admitted = auth.putArray("handle_response").addObject();
        admitted.putObject("match").putArray("status_code").add(2);
        ObjectNode copy = admitted.putArray("routes").addObject().putArray("handle").addObject()
                .put("handler", "headers").putObject("request").putObject("set");
        identityHeaders().forEach(header -> copy.putArray(header.asText())
                .add("{http.reverse_proxy.header." + header.asText() + "}"));
        return auth;
    }

    private static ArrayNode identityHeaders() {
        return JSON.arrayNode().add("X-Conductor-Subject").add("X-Conductor-Policy");
    }
}
