package dev.conductor.agent.serve;

import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.service.ConfigOverrides;
import dev.conductor.agent.service.Reloader;
import dev.conductor.agent.service.ServiceControl;
import dev.conductor.agent.service.ServiceOperations;
import dev.conductor.protocol.Request;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The service methods that change the host, with the CLI's engine classes and deploy progress as events. */
final class ServiceActions {

    private static final double DEFAULT_TIMEOUT_SEC = 120;
    private static final double DEFAULT_DRAIN_SEC = 2;
    private final Supplier<Engine> engines;

    ServiceActions(Supplier<Engine> engines) {
        this.engines = engines;
    }

    void addTo(Methods methods) {
        methods.add("service.deploy", call -> operations(call).deploy(name(call), options(call.request())))
                .add("service.rollback", call -> operations(call).rollback(name(call),
                        Params.integer(call.request(), "to"), options(call.request())))
                .add("service.start", control(ServiceControl::start))
                .add("service.stop", control(ServiceControl::stop))
                .add("service.restart", control((control, name) -> control.stop(name) + "; " + control.start(name)))
                .add("service.enable", control(ServiceControl::enable))
                .add("service.disable", control(ServiceControl::disable))
                .add("service.config.set", this::configSet)
                .add("reload", call -> new Reloader(engines.get(), new ProgressEvents(call)).reload());
    }

    private Method control(BiFunction<ServiceControl, String, String> action) {
        return call -> Map.of("message", action.apply(new ServiceControl(engines.get()), name(call)));
    }

    private Object configSet(Call call) {
        String name = name(call);
        boolean reload = Params.flag(call.request(), "reload", true);
        List<String> assignments = Params.textMap(call.request(), "values").entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
        try {
            ConfigOverrides.parse(assignments);
        } catch (IllegalArgumentException e) {
            throw Params.bad(call.request(), e.getMessage());
        }
        ConfigOverrides overrides = new ConfigOverrides(engines.get());
        String saved = "set " + String.join(", ", overrides.set(name, assignments).keySet());
        return Map.of("message", saved + "; " + overrides.apply(name, reload, new ProgressEvents(call)));
    }

    private ServiceOperations operations(Call call) {
        return new ServiceOperations(engines.get(), new ProgressEvents(call));
    }

    private static String name(Call call) {
        return Params.name(call.request(), "name");
    }

    private static DeployOptions options(Request request) {
        return new DeployOptions(seconds(Params.number(request, "timeout_sec", DEFAULT_TIMEOUT_SEC)),
                seconds(Params.number(request, "drain_sec", DEFAULT_DRAIN_SEC)));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
