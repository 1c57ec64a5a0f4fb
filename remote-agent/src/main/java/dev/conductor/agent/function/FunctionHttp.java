package dev.conductor.agent.function;

import dev.conductor.agent.http.HttpHead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the HTTP/1.1 request Caddy forwards to a function: head bounded to 16 KiB, the body by
 * the function's {@code max_body_bytes}. A body without Content-Length is refused (411).
 */
final class FunctionHttp {

    static final int MAX_HEAD = 16 * 1024;

    /** A request that gets an error answer instead of the program. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        /** Header lines of the answer, each ending in CRLF, e.g. {@code Allow: POST} for a 405. */
        final String headers;

        Refused(int status, String message) {
            this(status, message, "");
        }

        Refused(int status, String message, String headers) {
            super(message);
            this.status = status;
            this.headers = headers;
        }
    }

    /** The request and its body. */
    record Read(FunctionRequest request, byte[] body) {}

    private FunctionHttp() {}

    static Read read(InputStream in, long maxBody) throws IOException, Refused {
        String[] lines = head(in).split("\r\n");
        String[] start = lines[0].split(" ");
        if (start.length != 3 || !start[2].startsWith("HTTP/1.")) {
            throw new Refused(400, "not an HTTP/1.1 request line");
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(lines[i].substring(0, colon).strip(),
                        lines[i].substring(colon + 1).strip()));
            }
        }
        FunctionRequest request = new FunctionRequest(start[0], start[1], start[2], headers, length(headers));
        if (request.header("Transfer-Encoding") != null) {
            throw new Refused(411, "a body needs a Content-Length");
        }
        if (request.contentLength() > maxBody) {
            throw new Refused(413, "the body of " + request.contentLength() + " bytes is over the " + maxBody + " allowed");
        }
        byte[] body = request.contentLength() < 0 ? new byte[0] : in.readNBytes((int) request.contentLength());
        if (body.length < request.contentLength()) {
            throw new Refused(400, "the connection closed inside the body");
        }
        return new Read(request, body);
    }

    private static long length(List<Map.Entry<String, String>> headers) throws Refused {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase("Content-Length")) {
                try {
                    long length = Long.parseLong(header.getValue());
                    if (length >= 0) {
                        return length;
                    }
                } catch (NumberFormatException e) {
                    // refused below
                }
                throw new Refused(400, "bad Content-Length");
            }
        }
        return -1;
    }

    private static String head(InputStream in) throws IOException, Refused {
        try {
            return HttpHead.read(in, MAX_HEAD);
        } catch (HttpHead.Invalid e) {
            throw new Refused(e.status(), e.getMessage());
        }
    }

    /** A short plain-text answer, for refusals and saturation. */
    static byte[] answer(int status, String reason, String extraHeaders) {
        String body = reason + "\n";
        return ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }
}
