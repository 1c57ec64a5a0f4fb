package dev.conductor.agent.function;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * Copies a response body from a program to the client as it comes, never all of it in memory,
 * and not one byte past its end: a known length, chunks passed on byte for byte, or all up to the
 * end of the stream. Errors are plain IOExceptions: the head is sent, the client can only be cut.
 */
final class BodyCopy {

    private static final int BUFFER = 16 * 1024;
    private static final int MAX_CHUNK_LINE = 4 * 1024;
    private static final int MAX_TRAILERS = 16 * 1024;
    private static final Pattern CHUNK_SIZE = Pattern.compile("[0-9A-Fa-f]{1,15}");

    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];

    BodyCopy(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** The body as framed: chunked, else {@code length} bytes, else (length -1) all to the end. */
    void copy(boolean chunked, long length) throws IOException {
        if (chunked) {
            chunked();
        } else if (length >= 0) {
            exactly(length);
        } else {
            toEnd();
        }
    }

    private void exactly(long length) throws IOException {
        for (long left = length; left > 0;) {
            int read = read((int) Math.min(left, BUFFER));
            if (read < 0) {
                throw new IOException("the program closed the connection " + left + " bytes before the end of its body");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private void toEnd() throws IOException {
        for (int read = read(BUFFER); read >= 0; read = read(BUFFER)) {
            out.write(buffer, 0, read);
        }
    }

    // chunk-size lines with their extensions, chunks, the last chunk and the trailers, as sent
    private void chunked() throws IOException {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            exactly(size);
            byte[] end = line(MAX_CHUNK_LINE);
            if (!HttpLine.text(end).isEmpty()) {
                throw new IOException("the program sent '" + HttpLine.quote(HttpLine.text(end))
                        + "' where the line break after a chunk belongs");
            }
            out.write(end);
        }
        for (int left = MAX_TRAILERS;;) {
            byte[] trailer = line(left);
            out.write(trailer);
            if (HttpLine.text(trailer).isEmpty()) {
                return;
            }
            left -= trailer.length;
        }
    }

    private long chunkSize() throws IOException {
        byte[] line = line(MAX_CHUNK_LINE);
        String text = HttpLine.text(line);
        int semicolon = text.indexOf(';');
        String size = (semicolon < 0 ? text : text.substring(0, semicolon)).stripTrailing();
        if (!CHUNK_SIZE.matcher(size).matches()) {
            throw new IOException("the program sent '" + HttpLine.quote(text) + "' where a chunk size belongs");
        }
        out.write(line);
        return Long.parseLong(size, 16);
    }

    private byte[] line(int max) throws IOException {
        flushIfIdle();
        byte[] line = HttpLine.read(in, max);
        if (!HttpLine.complete(line)) {
            throw new IOException(line.length == max ? "a line of the program's chunked body is over " + max + " bytes"
                    : "the program closed the connection inside its chunked body");
        }
        return line;
    }

    private int read(int max) throws IOException {
        flushIfIdle();
        return in.read(buffer, 0, max);
    }

    // before a read that may wait, what came so far goes out: a body sent in pieces (server-sent
    // events, long polls) reaches the client piece by piece, a fast one in few large writes
    private void flushIfIdle() throws IOException {
        if (in.available() == 0) {
            out.flush();
        }
    }
}
