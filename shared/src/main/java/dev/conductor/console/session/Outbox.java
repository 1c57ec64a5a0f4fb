package dev.conductor.console.session;

import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes messages to the agent's stdin, one line each, whole lines only. */
final class Outbox {

    private final OutputStream stdin;

    Outbox(OutputStream stdin) {
        this.stdin = stdin;
    }

    synchronized void send(Message message) throws IOException {
        stdin.write((MessageCodec.write(message) + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }
}
