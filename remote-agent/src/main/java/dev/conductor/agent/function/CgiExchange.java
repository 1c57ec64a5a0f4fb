package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.io.ByteArrayInputStream;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Serves one of Caddy's connections to a cgi function: one request, run by {@link CgiRunner},
 * whose answer closes the connection. The caller took a slot for it.
 */
final class CgiExchange implements SingleExchange {

    private final ServiceFunction function;
    private final Map<String, String> variables;
    private final CgiRunner runner;
    private final CgiProcess.Starter starter;
    private final OneRequest frame;
    private final FunctionLog log;

    CgiExchange(ServiceFunction function, Map<String, String> variables, CgiRunner runner, CgiProcess.Starter starter,
            Semaphore slots, FunctionStats stats, FunctionLog log) {
        this.function = function;
        this.variables = Map.copyOf(variables);
        this.runner = runner;
        this.starter = starter;
        this.frame = new OneRequest(function.maxBodyBytes(), slots, stats, log);
        this.log = log;
    }

    @Override
    public void serve(SocketChannel connection) {
        frame.serve(connection, (read, out) -> runner.serve(function, CgiEnvironment.of(read.request(), function,
                variables), new ByteArrayInputStream(read.body()), out, log, starter));
    }

    @Override
    public void close() {
        starter.close();
    }
}
