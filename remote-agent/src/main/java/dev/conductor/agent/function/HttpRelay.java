package dev.conductor.agent.function;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relays one exchange between Caddy and a program that speaks HTTP/1.1 itself, over connections
 * both may keep open: the request goes to the program without its hop-by-hop headers, and the
 * response comes back as it arrives, read to its end and not one byte further, so that the next
 * response on the same connection is read whole. The program's stream must be the same buffered
 * stream for the connection's whole life: heads are read a byte at a time.
 */
final class HttpRelay {

    private static final int BUFFER = 16 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "transfer-encoding", "upgrade", "expect", "content-length");

    /**
     * How an exchange ended.
     *
     * @param backendReusable the program's connection may carry another request
     * @param clientKeepAlive the client's connection may carry another request (else the head
     *     sent said {@code Connection: close})
     */
    record Relayed(int status, boolean backendReusable, boolean clientKeepAlive) {}

    /** Whether a relay has written to the client yet; read from another thread, on a timeout. */
    static final class Progress {
        private volatile boolean started;

        /** True from just before the first byte goes to the client: too late for a 502 or 504. */
        boolean started() {
            return started;
        }
    }

    /**
     * The program closed the connection before a byte of an answer: on a connection that carried
     * requests before, it may have closed it while idle, with this request unread.
     */
    static final class NoAnswer extends BadGatewayException {
        private static final long serialVersionUID = 1L;

        NoAnswer(String message) {
            super(message);
        }
    }

    private HttpRelay() {}

    /**
     * Sends a request and its body (read already: no {@code Expect: 100-continue}) in one write,
     * without the hop-by-hop headers and with the body's Content-Length; {@code last} asks the
     * program to close the connection after its answer.
     */
    static void forward(FunctionRequest request, byte[] body, boolean last, OutputStream backend) throws IOException {
        Set<String> dropped = new HashSet<>(HOP_BY_HOP);
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getKey().equalsIgnoreCase("Connection")) {
                for (String token : header.getValue().split(",")) {
                    dropped.add(token.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                .append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> header : request.headers()) {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT)) && !breaksLine(header)) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
        }
        if (body.length > 0 || request.contentLength() >= 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (last) {
            head.append("Connection: close\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        System.arraycopy(body, 0, message, headBytes.length, body.length);
        backend.write(message);
        backend.flush();
    }

    // the request head is split at CRLF only: a bare CR or LF left in a header would let the
    // program, if it is lenient, read a header that Caddy never sent
    private static boolean breaksLine(Map.Entry<String, String> header) {
        String line = header.getKey() + header.getValue();
        return line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0;
    }

    /**
     * Reads the program's response to a request of {@code method} and passes it to the client:
     * interim 1xx answers dropped, the head without hop-by-hop headers, the body as framed.
     *
     * @throws NoAnswer when the program closed the connection before answering: nothing was sent
     * @throws BadGatewayException quoting the bad head, before anything was sent: a 502
     * @throws IOException when a stream fails, or the body breaks off after the head was sent
     */
    static Relayed relay(String method, InputStream backend, OutputStream client, Progress progress)
            throws IOException {
        ResponseHead head = finalHead(backend);
        // whatever their Content-Length or Transfer-Encoding says: it tells of the body a GET would get
        boolean bodiless = method.equalsIgnoreCase("HEAD") || head.status() == 204 || head.status() == 304;
        long length = head.contentLength();
        List<String> codings = head.tokens("Transfer-Encoding");
        if (!bodiless && !codings.isEmpty() && length >= 0) {
            // which of the two frames the body is how responses get split: refused, not guessed
            throw new BadGatewayException("the program sent both Transfer-Encoding '"
                    + HttpLine.quote(String.join(", ", codings)) + "' and Content-Length " + length);
        }
        boolean chunked = !codings.isEmpty() && codings.get(codings.size() - 1).equals("chunked");
        boolean toEnd = !bodiless && !chunked && length < 0;
        List<String> connection = head.tokens("Connection");
        boolean reusable = !toEnd && !connection.contains("close")
                && (!head.http10() || connection.contains("keep-alive"));
        OutputStream out = new BufferedOutputStream(client, BUFFER);
        progress.started = true;
        out.write(head.forwarded(toEnd));
        if (!bodiless) {
            new BodyCopy(backend, out).copy(chunked, length);
        }
        out.flush();
        return new Relayed(head.status(), reusable, !toEnd);
    }

    private static ResponseHead finalHead(InputStream backend) throws IOException {
        ResponseHead head = ResponseHead.read(backend);
        while (head.status() < 200) {
            if (head.status() == 101) {
                throw new BadGatewayException("the program answered '" + HttpLine.quote(head.statusLine())
                        + "': upgrades are not supported");
            }
            String interim = head.statusLine();
            try {
                head = ResponseHead.read(backend);
            } catch (NoAnswer e) {
                // it did answer: a retry would run the request twice
                throw new BadGatewayException("the program closed the connection after '" + HttpLine.quote(interim)
                        + "', without its final answer");
            }
        }
        return head;
    }
}
