package dev.conductor.agent.serve;

import dev.conductor.agent.deploy.DeployListener;
import java.util.LinkedHashMap;
import java.util.Map;

/** Streams deploy steps as {@code progress} events {@code {step, detail, seconds}}. */
final class ProgressEvents implements DeployListener {

    private final Call call;
    private final long started = System.nanoTime();

    ProgressEvents(Call call) {
        this.call = call;
    }

    @Override
    public void step(String step, String detail) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("step", step);
        data.put("detail", detail);
        data.put("seconds", Math.round((System.nanoTime() - started) / 1e6) / 1000.0);
        call.emit("progress", data);
    }
}
