package dev.conductor.agent.function;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Semaphore;

/**
 * The frame of a connection that carries one request (cgi, action): the request read within the
 * body limit, answered, counted, and the caller's slot given back before the connection closes,
 * so that a client sending its next request once it has read this answer finds the slot free. A
 * refused request gets its 4xx and runs nothing.
 */
final class OneRequest {

    /** Answers a request that was read whole; the HTTP status sent. */
    interface Answer {
        int answer(FunctionHttp.Read read, OutputStream out) throws IOException, FunctionHttp.Refused;
    }

    private final long maxBody;
    private final Semaphore slots;
    private final FunctionStats stats;
    private final FunctionLog log;

    OneRequest(long maxBody, Semaphore slots, FunctionStats stats, FunctionLog log) {
        this.maxBody = maxBody;
        this.slots = slots;
        this.stats = stats;
        this.log = log;
    }

    void serve(SocketChannel connection, Answer answer) {
        boolean held = true;
        try {
            // the head is read a byte at a time: unbuffered, each byte would be a system call
            InputStream in = new BufferedInputStream(Channels.newInputStream(connection), 16 * 1024);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(connection), 16 * 1024);
            FunctionHttp.Read read = FunctionHttp.read(in, maxBody);
            long start = System.nanoTime();
            int status = answer.answer(read, out);
            stats.record(status, System.nanoTime() - start);
            held = release(held);
            connection.close();
        } catch (FunctionHttp.Refused refused) {
            // the close comes after the answer, even with the request's body left unread
            log.line("refused a request: " + refused.getMessage());
            held = release(held);
            Refusal.send(connection, refused.status, refused.getMessage(), refused.headers);
        } catch (IOException gone) {
            // the client (Caddy) went away; the program was killed with its answer unread
            try {
                connection.close();
            } catch (IOException e) {
                // closed already
            }
        } finally {
            release(held);
        }
    }

    private boolean release(boolean held) {
        if (held) {
            slots.release();
        }
        return false;
    }
}
