package dev.conductor.agent.function;

import dev.conductor.protocol.FunctionRow;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code function ls}, {@code functions.list} and the {@code function} events: every function the
 * host's services declare, with what serving them did.
 */
public final class FunctionListing {

    private final FunctionHost host;

    public FunctionListing(FunctionHost host) {
        this.host = host;
    }

    public List<FunctionRow> list(List<ServiceSpec> services) {
        List<FunctionRow> rows = new ArrayList<>();
        for (ServiceSpec spec : services) {
            for (ServiceFunction function : spec.functions()) {
                rows.add(row(spec.name(), function));
            }
        }
        return rows;
    }

    private FunctionRow row(String service, ServiceFunction function) {
        String id = FunctionId.of(service, function);
        Optional<FunctionStats.Snapshot> served = host.stats(id);
        FunctionStats.Snapshot stats = served.orElse(new FunctionStats.Snapshot(0, 0, 0, 0, 0, 0));
        String state = served.isPresent() ? "serving" : host.serving() ? "stopped" : "no resident agent";
        return new FunctionRow(id, service, function.name(), function.format().value(), function.mode().value(), state,
                function.path() != null ? function.path() : "/cgi/" + id, stats.running(), stats.warm(), stats.requests(),
                stats.errors(), stats.p50Millis(), stats.p95Millis());
    }
}
