package dev.conductor.agent.caddy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** One open connection to the admin API: its two streams, and what closes both. */
record AdminConnection(InputStream in, OutputStream out, Closeable closer) implements Closeable {

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
