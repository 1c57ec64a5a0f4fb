package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Serves one of Caddy's connections to a cgi function: one request, run by {@link CgiRunner},
 * whose answer closes the connection. The caller took a slot for it.
 */
final class CgiExchange implements AutoCloseable {

    private final ServiceFunction function;
    private final Map<String, String> variables;
    private final CgiRunner runner;
    private final CgiProcess.Starter starter;
    private final Semaphore slots;
    private final FunctionStats stats;
    private final FunctionLog log;

    CgiExchange(ServiceFunction function, Map<String, String> variables, CgiRunner runner, CgiProcess.Starter starter,
            Semaphore slots, FunctionStats stats, FunctionLog log) {
        this.function = function;
        this.variables = Map.copyOf(variables);
        this.runner = runner;
        this.starter = starter;
        this.slots = slots;
        this.stats = stats;
        this.log = log;
    }

    // The slot is given back before the connection closes: a client that sends its next request
    // once it has read this answer to its end must find the slot free.
    void serve(SocketChannel connection) {
        boolean held = true;
        try {
            // the head is read a byte at a time: unbuffered, each byte would be a system call
            InputStream in = new BufferedInputStream(Channels.newInputStream(connection), 16 * 1024);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(connection), 16 * 1024);
            FunctionHttp.Read read = FunctionHttp.read(in, function.maxBodyBytes());
            Map<String, String> env = CgiEnvironment.of(read.request(), function, variables);
            long start = System.nanoTime();
            int status = runner.serve(function, env, new ByteArrayInputStream(read.body()), out, log, starter);
            stats.record(status, System.nanoTime() - start);
            held = release(held);
            connection.close();
        } catch (FunctionHttp.Refused refused) {
            // the close comes after the answer, even with the request's body left unread
            log.line("refused a request: " + refused.getMessage());
            held = release(held);
            Refusal.send(connection, refused.status, refused.getMessage(), "");
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

    @Override
    public void close() {
        starter.close();
    }
}
