package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code function ls}: every function the host's services declare, with what serving them did. */
public final class FunctionListing {

    /**
     * One function.
     *
     * @param state {@code serving}, {@code stopped}, or {@code no resident agent} when this process
     *     cannot know (the CLI ran the engine itself)
     * @param route the path its route matches
     */
    public record Row(String id, String service, String name, String format, String mode, String state,
            String route, int running, int warm, long requests, long errors, double p50Millis, double p95Millis) {}

    private final FunctionHost host;

    public FunctionListing(FunctionHost host) {
        this.host = host;
    }

    public List<Row> list(List<ServiceSpec> services) {
        List<Row> rows = new ArrayList<>();
        for (ServiceSpec spec : services) {
            for (ServiceFunction function : spec.functions()) {
                rows.add(row(spec.name(), function));
            }
        }
        return rows;
    }

    private Row row(String service, ServiceFunction function) {
        String id = FunctionId.of(service, function);
        Optional<FunctionStats.Snapshot> served = host.stats(id);
        FunctionStats.Snapshot stats = served.orElse(new FunctionStats.Snapshot(0, 0, 0, 0, 0, 0));
        String state = served.isPresent() ? "serving" : host.serving() ? "stopped" : "no resident agent";
        return new Row(id, service, function.name(), function.format().value(), function.mode().value(), state,
                function.path() != null ? function.path() : "/cgi/" + id, stats.running(), stats.warm(), stats.requests(),
                stats.errors(), stats.p50Millis(), stats.p95Millis());
    }
}
