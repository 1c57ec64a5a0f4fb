package dev.conductor.agent.daemon;

import dev.conductor.agent.mask.SecretMask;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One of a command's output streams as JSON lines ({@code {"out": "text"}}) on a connection both
 * streams share. When the client has gone, output is dropped and the command goes on: a deploy
 * whose CLI was interrupted still finishes.
 */
final class FrameWriter extends Writer {

    private final String stream;
    private final OutputStream sink;
    private final StringBuilder pending = new StringBuilder();

    FrameWriter(String stream, OutputStream sink) {
        this.stream = stream;
        this.sink = sink;
    }

    /** Writes the last frame, with the exit code. */
    static void exit(OutputStream sink, int code) {
        send(sink, CliFrames.exit(code));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        synchronized (pending) {
            pending.append(chars, offset, length);
        }
    }

    @Override
    public void flush() {
        String text;
        synchronized (pending) {
            if (pending.length() == 0) {
                return;
            }
            text = pending.toString();
            pending.setLength(0);
        }
        send(sink, CliFrames.text(stream, SecretMask.apply(text)));
    }

    @Override
    public void close() {
        flush();
    }

    private static void send(OutputStream sink, String frame) {
        synchronized (sink) {
            try {
                sink.write(frame.getBytes(StandardCharsets.UTF_8));
                sink.write('\n');
                sink.flush();
            } catch (IOException gone) {
                // the client went away; what it would have printed is in the journal's record anyway
            }
        }
    }
}
