package dev.conductor.agent.serve;

import dev.conductor.agent.mask.SecretMask;
import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one writer of the protocol stream: each message is one line, written and flushed whole
 * under a lock, so that messages of concurrent requests never interleave.
 */
final class MessageWriter {

    private final OutputStream out;
    private boolean broken;

    MessageWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes one message; once the console is gone, messages are dropped. */
    synchronized void write(Message message) {
        if (broken) {
            return;
        }
        byte[] line = (SecretMask.apply(MessageCodec.write(message)) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            out.write(line);
            out.flush();
        } catch (IOException e) {
            broken = true;
            System.err.println("serve: the console stopped reading: " + e.getMessage());
        }
    }
}
