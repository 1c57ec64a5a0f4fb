package dev.conductor.agent.serve;

import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.service.ConfigOverrides;
import dev.conductor.agent.service.Reloader;
import dev.conductor.agent.service.ServiceControl;
import dev.conductor.agent.service.ServiceOperations;
import dev.conductor.protocol.method.ConfigSetParams;
import dev.conductor.protocol.method.MessageResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.ParamsReader;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The service methods that change the host, with the CLI's engine classes and deploy progress as events. */
final class ServiceActions {

    private static final double DEFAULT_TIMEOUT_SEC = 120;
    private static final double DEFAULT_DRAIN_SEC = 2;
    private final Supplier<AgentGraph> graphs;

    ServiceActions(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    void addTo(Methods methods) {
        methods.add(MethodNames.SERVICE_DEPLOY, (call, params) -> DeployResults.of(operations(call).deploy(params.name(),
                        options(params.timeoutSec(), params.drainSec(), params.by()))))
                .add(MethodNames.SERVICE_ROLLBACK, (call, params) -> DeployResults.of(operations(call).rollback(
                        params.name(), params.to(), options(params.timeoutSec(), params.drainSec(), params.by()))))
                .add(MethodNames.SERVICE_START, control(ServiceControl::start))
                .add(MethodNames.SERVICE_STOP, control(ServiceControl::stop))
                .add(MethodNames.SERVICE_RESTART, control((control, name) -> control.stop(name) + "; " + control.start(name)))
                .add(MethodNames.SERVICE_ENABLE, control(ServiceControl::enable))
                .add(MethodNames.SERVICE_DISABLE, control(ServiceControl::disable))
                .add(MethodNames.SERVICE_CONFIG_SET, this::configSet)
                .add(MethodNames.RELOAD, (call, none) -> graphs.get().reloader(new ProgressEvents(call)).reload());
    }

    private Methods.Handler<NameParams, MessageResult> control(BiFunction<ServiceControl, String, String> action) {
        return (call, params) -> new MessageResult(action.apply(graphs.get().serviceControl(), params.name()));
    }

    private MessageResult configSet(Call call, ConfigSetParams params) {
        String name = params.name();
        boolean reload = params.reload() == null || params.reload();
        List<String> assignments = params.values().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
        try {
            ConfigOverrides.parse(assignments);
        } catch (IllegalArgumentException e) {
            throw new ParamsReader(call.request()).bad(e.getMessage());
        }
        ConfigOverrides overrides = graphs.get().configOverrides();
        String saved = "set " + String.join(", ", overrides.set(name, assignments).keySet());
        return new MessageResult(saved + "; " + overrides.apply(name, reload, new ProgressEvents(call)));
    }

    private ServiceOperations operations(Call call) {
        return graphs.get().serviceOperations(new ProgressEvents(call));
    }

    /** Asked over the protocol: by a console, which says who in {@code by}. */
    private static DeployOptions options(Double timeoutSec, Double drainSec, String by) {
        return new DeployOptions(seconds(timeoutSec == null ? DEFAULT_TIMEOUT_SEC : timeoutSec),
                seconds(drainSec == null ? DEFAULT_DRAIN_SEC : drainSec), new Trigger("console", by));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
