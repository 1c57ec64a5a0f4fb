package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meta-variables of RFC 3875 for one request, on top of the service's variables (config and
 * {@code CONDUCTOR_*}, as hooks get them), which they override.
 */
public final class CgiEnvironment {

    // '_' is refused in names: "X_Foo" and "X-Foo" would both become HTTP_X_FOO
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]+");
    // Proxy: never HTTP_PROXY (httpoxy); Authorization: credentials are the policies' business, and
    // Apache keeps them from scripts too; Content-*: CONTENT_LENGTH and CONTENT_TYPE carry them
    private static final Set<String> NOT_PASSED = Set.of("proxy", "authorization", "content-length", "content-type");

    private CgiEnvironment() {}

    /**
     * @param base the service's variables
     */
    public static Map<String, String> of(FunctionRequest request, ServiceFunction function, Map<String, String> base) {
        Map<String, String> env = new LinkedHashMap<>(base);
        env.put("GATEWAY_INTERFACE", "CGI/1.1");
        env.put("REQUEST_METHOD", request.method());
        env.put("QUERY_STRING", request.query());
        env.put("SERVER_PROTOCOL", request.protocol());
        String[] split = splitPath(request.path(), function.pathInfoStrip());
        env.put("SCRIPT_NAME", split[0]);
        env.put("PATH_INFO", split[1]);
        if (request.contentLength() >= 0) {
            env.put("CONTENT_LENGTH", Long.toString(request.contentLength()));
        }
        putIfPresent(env, "CONTENT_TYPE", request.header("Content-Type"));
        server(env, request);
        putIfPresent(env, "REMOTE_ADDR", remoteAddress(request.header("X-Forwarded-For")));
        headers(env, request);
        return env;
    }

    /** {@code [SCRIPT_NAME, PATH_INFO]}: the first {@code strip} segments, and the rest (perhaps ""). */
    static String[] splitPath(String path, int strip) {
        int at = 0;
        for (int i = 0; i < strip; i++) {
            int next = path.indexOf('/', at + 1);
            if (next < 0) {
                return new String[] {path, ""};
            }
            at = next;
        }
        return new String[] {path.substring(0, at), path.substring(at)};
    }

    private static void server(Map<String, String> env, FunctionRequest request) {
        String host = request.header("X-Forwarded-Host") != null ? request.header("X-Forwarded-Host") : request.header("Host");
        String https = "https".equalsIgnoreCase(request.header("X-Forwarded-Proto")) ? "443" : "80";
        if (host == null || host.isEmpty()) {
            env.put("SERVER_NAME", "localhost");
            env.put("SERVER_PORT", https);
            return;
        }
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > 0 && host.indexOf(']') < colon;
        env.put("SERVER_NAME", hasPort ? host.substring(0, colon) : host);
        env.put("SERVER_PORT", hasPort ? host.substring(colon + 1) : https);
    }

    // Caddy appends the address it saw last: the one entry a client cannot forge
    private static String remoteAddress(String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return null;
        }
        String[] hops = forwardedFor.split(",");
        return hops[hops.length - 1].strip();
    }

    private static void headers(Map<String, String> env, FunctionRequest request) {
        Map<String, String> http = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey();
            if (HEADER_NAME.matcher(name).matches() && !NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                http.merge("HTTP_" + name.toUpperCase(Locale.ROOT).replace('-', '_'), header.getValue(),
                        (first, next) -> first + ", " + next);
            }
        }
        env.putAll(http);
    }

    private static void putIfPresent(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
