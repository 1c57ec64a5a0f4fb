package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.service.ConfigOverrides;
import dev.conductor.agent.service.ServiceDescriber;
import dev.conductor.agent.service.ServiceListing;
import dev.conductor.spec.Secrets;
import dev.conductor.spec.ServiceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The read-only service methods, answered as {@code service ls/show/env/history} and {@code run -s} do. */
final class ServiceQueries {

    private final Supplier<Engine> engines;

    ServiceQueries(Supplier<Engine> engines) {
        this.engines = engines;
    }

    void addTo(Methods methods) {
        methods.add("services.list", call -> Map.of("services", new ServiceListing(engines.get()).list()))
                .add("service.show", call -> new ServiceDescriber(engines.get()).describe(Params.name(call.request(), "name")))
                .add("service.env", this::env)
                .add("service.history", this::history)
                .add("service.config.get", this::config)
                .add("commands.list", this::commands);
    }

    private Object env(Call call) {
        Engine engine = engines.get();
        ServiceSpec spec = engine.catalog().load(Params.name(call.request(), "name"));
        Map<String, String> environment = new ServiceContext(spec, engine.catalog().effectiveConfig(spec)).environment();
        return Map.of("environment", Secrets.masked(environment));
    }

    private Object history(Call call) {
        Engine engine = engines.get();
        String name = Params.name(call.request(), "name");
        engine.catalog().load(name);
        List<Revision> revisions = engine.states().revisions(name).stream().map(r -> new Revision(r.number(),
                r.created(), r.reason(), Secrets.masked(r.config()), r.specHash())).toList();
        ServiceState state = engine.states().load(name);
        return Map.of("revisions", revisions, "serving", state.current() == null ? 0 : state.current().revision());
    }

    private Object config(Call call) {
        List<ConfigOverrides.Entry> entries = new ConfigOverrides(engines.get())
                .effective(Params.name(call.request(), "name"), false);
        Map<String, String> config = new LinkedHashMap<>();
        entries.forEach(entry -> config.put(entry.name(), entry.value()));
        return Map.of("config", config,
                "overridden", entries.stream().filter(ConfigOverrides.Entry::overridden).map(ConfigOverrides.Entry::name).toList());
    }

    private Object commands(Call call) {
        ServiceSpec spec = engines.get().catalog().load(Params.name(call.request(), "service"));
        List<Map<String, Object>> commands = spec.commands().entrySet().stream().map(entry -> {
            Map<String, Object> command = new LinkedHashMap<>();
            command.put("name", entry.getKey());
            command.put("description", entry.getValue().description());
            command.put("contexts", CommandRunner.contexts(entry.getValue()));
            return command;
        }).toList();
        return Map.of("commands", commands);
    }
}
