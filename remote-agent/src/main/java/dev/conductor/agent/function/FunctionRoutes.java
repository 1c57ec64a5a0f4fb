package dev.conductor.agent.function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.proxy.ProxySnippet;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.List;

/**
 * The default route of each function in Caddy's {@code conductor-server}: its {@code path}, by
 * default {@code /cgi/FUNCTION_ID} and below as the original engine had it, proxied to its
 * socket. A service with a proxy template routes its functions by what the template prints for
 * each ({@link FunctionContext}); {@code function caddy-config} prints this default there.
 */
public final class FunctionRoutes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FunctionRoutes() {}

    public static List<ProxySnippet> of(ServiceSpec spec) {
        return spec.functions().stream().map(function -> snippet(FunctionId.of(spec.name(), function), function))
                .toList();
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
        route.putArray("handle").addObject().put("handler", "reverse_proxy")
                .putArray("upstreams").addObject().put("dial", "unix/" + FunctionId.socket(id));
        return new ProxySnippet("conductor-server/routes", route, false);
    }
}
