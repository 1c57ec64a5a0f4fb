package dev.conductor.agent.function;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines of an HTTP/1.1 message read raw, line break included, so that they can be passed on byte
 * for byte; read one byte at a time, so that nothing past the line is taken from the stream.
 */
final class HttpLine {

    private static final int QUOTED = 200;

    private HttpLine() {}

    /**
     * The bytes up to and including the next LF, at most {@code max}: shorter and without LF when
     * the stream ends first, {@code max} long and without LF when the line is longer.
     */
    static byte[] read(InputStream in, int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() < max) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    static boolean complete(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\n';
    }

    /** The line's text without its CRLF (or bare LF). */
    static String text(byte[] line) {
        int end = line.length;
        end -= end > 0 && line[end - 1] == '\n' ? 1 : 0;
        end -= end > 0 && line[end - 1] == '\r' ? 1 : 0;
        return new String(line, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** Bad input as an error message quotes it: cut short, its line breaks visible. */
    static String quote(String text) {
        String cut = text.length() > QUOTED ? text.substring(0, QUOTED) + "..." : text;
        return cut.replace("\r", "\\r").replace("\n", "\\n");
    }
}
