package dev.conductor.agent.daemon;

import dev.conductor.agent.http.HttpHead;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request as the agent's socket reads it: small and bounded, since only root's
 * scripts, units and the CLI talk to it. The body is read only when it has a Content-Length.
 */
record HttpRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
        byte[] body) {

    static final int MAX_HEAD = 16 * 1024;
    static final int MAX_BODY = 1024 * 1024;

    /** Reads a request head and body; stops at the head's end, so the rest of the stream stays unread. */
    static HttpRequest read(InputStream in) throws IOException {
        String head = head(in);
        String[] lines = head.split("\r\n");
        String[] start = lines[0].split(" ");
        if (start.length != 3 || !start[2].startsWith("HTTP/1.")) {
            throw new BadHttpException(400, "not an HTTP/1.1 request line: '" + cut(lines[0]) + "'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        String target = start[1];
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        Map<String, List<String>> query = question < 0 ? Map.of() : query(target.substring(question + 1));
        return new HttpRequest(start[0], path, query, headers, body(in, headers));
    }

    /** The first value of a query parameter, or null. */
    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    private static String head(InputStream in) throws IOException {
        try {
            return HttpHead.read(in, MAX_HEAD);
        } catch (HttpHead.Invalid e) {
            throw new BadHttpException(e.status(), e.getMessage());
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length == null) {
            return new byte[0];
        }
        long size;
        try {
            size = Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw new BadHttpException(400, "Content-Length is not a number: '" + cut(length) + "'");
        }
        if (size < 0 || size > MAX_BODY) {
            throw new BadHttpException(413, "request body of " + size + " bytes; at most " + MAX_BODY);
        }
        byte[] body = in.readNBytes((int) size);
        if (body.length < size) {
            throw new BadHttpException(400, "connection closed after " + body.length + " of " + size + " body bytes");
        }
        return body;
    }

    private static Map<String, List<String>> query(String text) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadHttpException(400, "bad escape in the query: '" + cut(text) + "'");
        }
    }

    static String cut(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
