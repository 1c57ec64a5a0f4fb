package dev.conductor.agent.function;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request to a function, as Caddy forwards it: what the CGI meta-variables are made of.
 *
 * @param target the request target, path and query, e.g. {@code /cgi/hello/a/b?x=1}
 * @param headers the request's headers in their order, names as sent
 * @param contentLength the body's length, or -1 when there is none
 */
public record FunctionRequest(String method, String target, String protocol, List<Map.Entry<String, String>> headers,
        long contentLength) {

    public FunctionRequest {
        headers = List.copyOf(headers);
    }

    /** The path, without the query. */
    public String path() {
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question);
    }

    /** The raw query string, without '?', or "". */
    public String query() {
        int question = target.indexOf('?');
        return question < 0 ? "" : target.substring(question + 1);
    }

    /** The first value of a header, by name in any case, or null. */
    public String header(String name) {
        return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
