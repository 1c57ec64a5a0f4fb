package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Serves one of Caddy's connections to a remote action: a {@code POST} whose body holds the
 * arguments ({@link ActionArguments}), run by {@link ActionRun}. Any other method gets 405, a bad
 * body 400, and nothing runs. The policy check happened in Caddy before the request came here.
 */
final class ActionExchange implements SingleExchange {

    private final Map<String, String> variables;
    private final ActionRun run;
    private final OneRequest frame;

    ActionExchange(ServiceFunction action, Path directory, Map<String, String> variables, Semaphore slots,
            FunctionStats stats, FunctionLog log, ScheduledExecutorService timer) {
        this.variables = Map.copyOf(variables);
        this.run = new ActionRun(action, directory, timer, log);
        this.frame = new OneRequest(action.maxBodyBytes(), slots, stats, log);
    }

    @Override
    public void serve(SocketChannel connection) {
        frame.serve(connection, (read, out) -> {
            if (!read.request().method().equals("POST")) {
                throw new FunctionHttp.Refused(405, "an action runs on POST, not "
                        + ActionArguments.shown(read.request().method()), "Allow: POST\r\n");
            }
            return run.run(ActionArguments.parse(read.body()), withIdentity(read.request()), out);
        });
    }

    // who the auth step admitted: Caddy set these after deleting the client's own copies
    private Map<String, String> withIdentity(FunctionRequest request) {
        Map<String, String> env = new LinkedHashMap<>(variables);
        putIfPresent(env, "CONDUCTOR_REMOTE_SUBJECT", request.header("X-Conductor-Subject"));
        putIfPresent(env, "CONDUCTOR_REMOTE_POLICY", request.header("X-Conductor-Policy"));
        return env;
    }

    private static void putIfPresent(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }

    @Override
    public void close() {
        // nothing runs between requests
    }
}
