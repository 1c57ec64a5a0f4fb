package dev.conductor.agent.serve;

import dev.conductor.agent.function.FunctionHost;
import dev.conductor.agent.function.FunctionListing;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import java.util.function.Supplier;

/**
 * The function rows of {@code functions.list} and of the event feed. Their figures move with every
 * request while the service files rarely change, so the feed's once-a-second poll reads the
 * figures against the services loaded last, and only a change of the files loads them again.
 */
final class FunctionRows {

    private final Supplier<FunctionHost> host;
    private volatile List<ServiceSpec> services = List.of();

    /** @param host where functions are served: the resident agent's manager, looked up when asked */
    FunctionRows(Supplier<FunctionHost> host) {
        this.host = host;
    }

    /** Every function of the service files as they are now. */
    List<FunctionRow> list(AgentGraph graph) {
        services = graph.catalog().loadAll().services();
        return figures();
    }

    /** The functions of the services loaded last, with their figures now. */
    List<FunctionRow> figures() {
        return new FunctionListing(host.get()).list(services);
    }
}
