package dev.conductor.agent.daemon;

import java.io.InputStream;
import java.io.OutputStream;

/** A console's protocol session (docs/protocol.md) on a pair of streams, until the input ends. */
@FunctionalInterface
public interface StdioSession {

    void serve(InputStream in, OutputStream out);
}
