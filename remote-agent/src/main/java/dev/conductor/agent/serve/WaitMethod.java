package dev.conductor.agent.serve;

import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.service.DeployWait;
import dev.conductor.protocol.method.WaitParams;
import dev.conductor.protocol.method.WaitResult;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code service.wait}: params {@code name}, {@code revision} (default: the newest) and
 * {@code timeout_sec} (default 300, at most 3600); the result is the outcome, whatever it is
 * ({@code status}: stable, failed, superseded or timeout). Cancelling ends the wait.
 */
final class WaitMethod implements Methods.Handler<WaitParams, WaitResult> {

    private static final double DEFAULT_TIMEOUT_SEC = 300;
    private static final double MAX_TIMEOUT_SEC = 3600;
    private final Supplier<AgentGraph> graphs;

    WaitMethod(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public WaitResult call(Call call, WaitParams params) throws InterruptedException {
        double seconds = params.timeoutSec() == null ? DEFAULT_TIMEOUT_SEC : params.timeoutSec();
        if (seconds > MAX_TIMEOUT_SEC) {
            throw new dev.conductor.protocol.method.ParamsReader(call.request())
                    .bad("'timeout_sec' may be at most " + MAX_TIMEOUT_SEC + ", not " + seconds);
        }
        Thread waiter = Thread.currentThread();
        call.onCancel(waiter::interrupt);
        return graphs.get().deployWait().await(params.name(), params.revision(),
                Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
