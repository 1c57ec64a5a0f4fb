package dev.conductor.agent.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The console's lines, each at most {@link #MAX_BYTES}: a longer one is read to its end and
 * dropped, so that one hostile line costs time, never the agent's heap.
 */
final class LineReader {

    static final int MAX_BYTES = 1024 * 1024;

    /** One line: its text, or, when it was too long, only how long it was. */
    record Line(String text, long length) {

        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;

    LineReader(InputStream in) {
        this(in, MAX_BYTES);
    }

    LineReader(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in);
        this.maxBytes = maxBytes;
    }

    /** The next line without its line break; null at the end of the input. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return finish(line, length);
            }
            if (++length <= maxBytes) {
                line.write(b);
            }
        }
        return length == 0 ? null : finish(line, length);
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        if (length > maxBytes) {
            return new Line(null, length);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return new Line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, length);
    }
}
