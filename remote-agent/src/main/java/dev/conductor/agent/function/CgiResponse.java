package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a CGI script's answer (RFC 3875, section 6): its header lines up to the blank
 * line, {@code Status:} for the status, {@code Location:} without it for a 302, and the
 * function's {@code response_headers} wherever the script did not set the same header. What
 * follows the head on the stream is the body.
 *
 * @param status the HTTP status to send
 * @param headers {@code Name: value} lines, without {@code Status}
 */
public record CgiResponse(int status, List<String> headers) {

    /** The longest head read; a script that prints more before its blank line is broken. */
    static final int MAX_HEAD = 64 * 1024;
    private static final Pattern HEADER = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)");
    private static final Pattern STATUS = Pattern.compile("([1-5][0-9][0-9])(?:[ \t]+.*)?");

    public CgiResponse {
        headers = List.copyOf(headers);
    }

    /**
     * Reads the head from the script's stdout, leaving the body unread.
     *
     * @throws BadGatewayException quoting what the script printed instead of a head: a 502
     */
    public static CgiResponse read(InputStream stdout, ServiceFunction function) throws IOException {
        if (function.noResponseHeaders()) {
            return new CgiResponse(200, function.responseHeaders());
        }
        List<String> lines = new ArrayList<>();
        boolean complete = headLines(stdout, lines);
        Integer status = null;
        boolean location = false;
        List<String> headers = new ArrayList<>();
        for (String line : lines) {
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                throw new BadGatewayException("the script printed '" + cut(line) + "' where a header line belongs");
            }
            String name = header.group(1);
            if (name.equalsIgnoreCase("Status")) {
                status = status(header.group(2).strip());
            } else {
                location |= name.equalsIgnoreCase("Location");
                headers.add(name + ": " + header.group(2).strip());
            }
        }
        if (!complete) {
            throw new BadGatewayException(lines.isEmpty() ? "the script printed nothing"
                    : "the script ended before the blank line that ends its headers");
        }
        int sent = status != null ? status : location ? 302 : 200;
        return new CgiResponse(sent, withDefaults(headers, function.responseHeaders()));
    }

    /** The head as HTTP/1.1 sends it; the connection closes after the body, whose length nobody knows. */
    public byte[] httpHead() {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reads header lines into {@code lines}; false when the output ended before the blank line. */
    private static boolean headLines(InputStream stdout, List<String> lines) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int read = 0;
        for (int b = stdout.read(); b >= 0; b = stdout.read()) {
            if (++read > MAX_HEAD) {
                throw new BadGatewayException("the script printed " + MAX_HEAD + " bytes without ending its headers"
                        + " with a blank line");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            if (text.isEmpty()) {
                return true;
            }
            lines.add(text);
            line.reset();
        }
        if (line.size() > 0) {
            lines.add(line.toString(StandardCharsets.ISO_8859_1));
        }
        return false;
    }

    private static int status(String value) {
        Matcher status = STATUS.matcher(value);
        if (!status.matches()) {
            throw new BadGatewayException("the script's Status header '" + cut(value) + "' is no HTTP status");
        }
        return Integer.parseInt(status.group(1));
    }

    private static List<String> withDefaults(List<String> own, List<String> defaults) {
        List<String> headers = new ArrayList<>();
        for (String header : defaults) {
            String name = header.substring(0, header.indexOf(':')).strip();
            if (own.stream().noneMatch(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))) {
                headers.add(header);
            }
        }
        headers.addAll(own);
        return headers;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            default -> "Status";
        };
    }

    private static String cut(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
