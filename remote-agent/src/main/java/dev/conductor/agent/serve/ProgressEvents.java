package dev.conductor.agent.serve;

import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.ProgressEvent;

/** Streams deploy steps as {@code progress} events {@code {step, detail, seconds}}. */
final class ProgressEvents implements DeployListener {

    private final Call call;
    private final long started = System.nanoTime();

    ProgressEvents(Call call) {
        this.call = call;
    }

    @Override
    public void step(String step, String detail) {
        double seconds = Math.round((System.nanoTime() - started) / 1e6) / 1000.0;
        call.emit(EventNames.PROGRESS, new ProgressEvent(step, detail, seconds));
    }
}
