package dev.conductor.agent.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The head of an HTTP/1.1 request, read up to its blank line and no further, within a bound. */
public final class HttpHead {

    /** A head that cannot be read: {@code status} is the answer (400, or 431 when too long). */
    public static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Invalid(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private HttpHead() {}

    /** The head's text without the blank line; the stream is left at the body's first byte. */
    public static String read(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new Invalid(400, "connection closed inside the request head");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > maxBytes) {
                throw new Invalid(431, "request head over " + maxBytes + " bytes");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }
}
