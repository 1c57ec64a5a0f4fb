package dev.conductor.agent.function;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a response from a program that speaks HTTP/1.1 itself, read up to its blank line
 * and no further, within 16 KiB.
 *
 * @param statusLine the status line as received, e.g. {@code HTTP/1.1 200 OK}
 * @param lines the header lines as received, without line breaks
 */
record ResponseHead(String statusLine, int status, boolean http10, List<String> lines) {

    static final int MAX_BYTES = 16 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.([0-9]) ([1-5][0-9][0-9])(?: [^\r\0]*)?");
    private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\0]*");
    private static final Pattern LENGTH = Pattern.compile("[0-9]{1,18}");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive");
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding");

    ResponseHead {
        lines = List.copyOf(lines);
    }

    /**
     * Reads a head, leaving the stream at the body's first byte.
     *
     * @throws HttpRelay.NoAnswer when the stream ends before its first byte
     * @throws BadGatewayException quoting what stands where a head belongs
     */
    static ResponseHead read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int left = MAX_BYTES;;) {
            byte[] raw = HttpLine.read(in, left);
            left -= raw.length;
            if (!HttpLine.complete(raw)) {
                throw unfinished(lines, HttpLine.text(raw), left);
            }
            String line = HttpLine.text(raw);
            if (line.isEmpty()) {
                return parse(lines);
            }
            lines.add(line);
        }
    }

    private static BadGatewayException unfinished(List<String> lines, String partial, int left) {
        String received = String.join("\r\n", lines) + (lines.isEmpty() ? "" : "\r\n") + partial;
        if (left == 0) {
            return new BadGatewayException("the program's response head is over " + MAX_BYTES + " bytes: '"
                    + HttpLine.quote(received) + "'");
        }
        return received.isEmpty() ? new HttpRelay.NoAnswer("the program closed the connection without answering")
                : new BadGatewayException("the program closed the connection inside its response head, after '"
                        + HttpLine.quote(received) + "'");
    }

    private static ResponseHead parse(List<String> lines) {
        String statusLine = lines.isEmpty() ? "" : lines.get(0);
        Matcher status = STATUS_LINE.matcher(statusLine);
        if (!status.matches()) {
            throw new BadGatewayException("the program answered '" + HttpLine.quote(statusLine)
                    + "' where an HTTP/1.x status line (HTTP/1.1 200 OK) belongs");
        }
        List<String> headers = lines.subList(1, lines.size());
        for (String header : headers) {
            if (!HEADER.matcher(header).matches()) {
                throw new BadGatewayException("the program sent '" + HttpLine.quote(header)
                        + "' where a response header line belongs");
            }
        }
        return new ResponseHead(statusLine, Integer.parseInt(status.group(2)), status.group(1).equals("0"), headers);
    }

    /** The comma-separated values of all headers of that name, stripped and in lower case. */
    List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String line : lines) {
            if (name(line).equalsIgnoreCase(name)) {
                for (String token : line.substring(line.indexOf(':') + 1).split(",", -1)) {
                    tokens.add(token.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return tokens;
    }

    /** The Content-Length, or -1 without one; repeated, it must be the same each time. */
    long contentLength() {
        List<String> values = tokens("Content-Length");
        if (values.isEmpty()) {
            return -1;
        }
        if (values.stream().distinct().count() > 1 || !LENGTH.matcher(values.get(0)).matches()) {
            throw new BadGatewayException("the program sent a bad Content-Length '"
                    + HttpLine.quote(String.join(", ", values)) + "'");
        }
        return Long.parseLong(values.get(0));
    }

    /**
     * The head as the client gets it: HTTP/1.1 (an intermediary sends its own version), without
     * the hop-by-hop headers, those the program named in Connection among them (except the
     * framing ones, which still describe the body passed on), and with {@code Connection: close}
     * when the client's connection must close after the body.
     */
    byte[] forwarded(boolean close) {
        Set<String> dropped = new HashSet<>(tokens("Connection"));
        dropped.removeAll(FRAMING);
        dropped.addAll(HOP_BY_HOP);
        StringBuilder head = new StringBuilder("HTTP/1.1").append(statusLine, "HTTP/1.x".length(), statusLine.length())
                .append("\r\n");
        for (String line : lines) {
            if (!dropped.contains(name(line).toLowerCase(Locale.ROOT))) {
                head.append(line).append("\r\n");
            }
        }
        if (close) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String name(String line) {
        return line.substring(0, line.indexOf(':'));
    }
}
