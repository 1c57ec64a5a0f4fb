package dev.conductor.agent.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads one output stream of a child on its own thread, so that a child filling its stderr
 * pipe cannot block while we wait on its stdout. Keeps at most {@link #LIMIT} bytes.
 */
final class OutputCollector {

    static final int LIMIT = ExecResult.KEPT_BYTES;
    private static final long JOIN_MILLIS = 5_000;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Thread reader;
    private volatile boolean cut;

    private OutputCollector(InputStream stream, String name) {
        reader = new Thread(() -> copy(stream), "process-" + name);
        reader.setDaemon(true);
    }

    static OutputCollector drain(InputStream stream, String name) {
        OutputCollector collector = new OutputCollector(stream, name);
        collector.reader.start();
        return collector;
    }

    /** The text read so far, after waiting briefly for the stream to end. */
    String awaitText() {
        try {
            reader.join(TimeUnit.MILLISECONDS.toMillis(JOIN_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the stream said more than {@link #LIMIT}; the rest was read and dropped. */
    boolean cut() {
        return cut;
    }

    private void copy(InputStream stream) {
        byte[] chunk = new byte[8192];
        try (stream) {
            int read;
            while ((read = stream.read(chunk)) >= 0) {
                synchronized (buffer) {
                    int kept = Math.min(read, Math.max(0, LIMIT - buffer.size()));
                    buffer.write(chunk, 0, kept);
                    cut |= kept < read;
                }
            }
        } catch (IOException e) {
            // the child went away; what was read is what it said
        }
    }
}
