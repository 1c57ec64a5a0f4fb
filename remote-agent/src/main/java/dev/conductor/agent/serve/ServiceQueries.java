package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.service.ConfigOverrides;
import dev.conductor.agent.service.ServiceDescriber;
import dev.conductor.agent.service.ServiceListing;
import dev.conductor.protocol.method.CommandInfo;
import dev.conductor.protocol.method.CommandsResult;
import dev.conductor.protocol.method.ConfigResult;
import dev.conductor.protocol.method.EnvironmentResult;
import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.RevisionInfo;
import dev.conductor.protocol.method.ServiceParams;
import dev.conductor.protocol.method.ServicesResult;
import dev.conductor.spec.Secrets;
import dev.conductor.spec.ServiceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The read-only service methods, answered as {@code service ls/show/env/history} and {@code run -s} do. */
final class ServiceQueries {

    private final Supplier<AgentGraph> graphs;

    ServiceQueries(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    void addTo(Methods methods) {
        methods.add(MethodNames.SERVICES_LIST, (call, none) -> new ServicesResult(graphs.get().serviceListing().list()))
                .add(MethodNames.SERVICE_SHOW, (call, params) -> graphs.get().serviceDescriber().describe(params.name()))
                .add(MethodNames.SERVICE_ENV, (call, params) -> env(params))
                .add(MethodNames.SERVICE_HISTORY, (call, params) -> history(params))
                .add(MethodNames.SERVICE_CONFIG_GET, (call, params) -> config(params))
                .add(MethodNames.COMMANDS_LIST, (call, params) -> commands(params));
    }

    private EnvironmentResult env(NameParams params) {
        AgentGraph graph = graphs.get();
        ServiceSpec spec = graph.catalog().load(params.name());
        Map<String, String> environment = graph.catalog().shownContext(spec).environment();
        return new EnvironmentResult(Secrets.masked(environment));
    }

    private HistoryResult history(NameParams params) {
        AgentGraph graph = graphs.get();
        String name = params.name();
        graph.catalog().load(name);
        List<RevisionInfo> revisions = graph.states().revisions(name).stream().map(ServiceQueries::info).toList();
        ServiceState state = graph.states().load(name);
        return new HistoryResult(revisions, state.current() == null ? 0 : state.current().revision());
    }

    private static RevisionInfo info(Revision r) {
        return new RevisionInfo(r.number(), r.created().toString(), r.reason(), Secrets.masked(r.config()), r.specHash(),
                r.trigger() == null ? null : r.trigger().kind(), r.trigger() == null ? null : r.trigger().by(),
                r.outcome());
    }

    private ConfigResult config(NameParams params) {
        List<ConfigOverrides.Entry> entries = graphs.get().configOverrides().effective(params.name(), false);
        Map<String, String> config = new LinkedHashMap<>();
        entries.forEach(entry -> config.put(entry.name(), entry.value()));
        return new ConfigResult(config,
                entries.stream().filter(ConfigOverrides.Entry::overridden).map(ConfigOverrides.Entry::name).toList());
    }

    private CommandsResult commands(ServiceParams params) {
        ServiceSpec spec = graphs.get().catalog().load(params.service());
        return new CommandsResult(spec.commands().entrySet().stream().map(entry -> new CommandInfo(entry.getKey(),
                entry.getValue().description(), CommandRunner.contexts(entry.getValue()))).toList());
    }
}
