package dev.conductor.agent.function;

import dev.conductor.spec.Command;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code action ls}: every remote action the host's services declare, with what serving them did. */
public final class ActionListing {

    private final FunctionHost host;

    public ActionListing(FunctionHost host) {
        this.host = host;
    }

    public List<ActionRow> list(List<ServiceSpec> services) {
        List<ActionRow> rows = new ArrayList<>();
        for (ServiceSpec spec : services) {
            spec.commands().forEach((name, command) -> {
                if (command.remote() != null) {
                    rows.add(row(spec.name(), name, command));
                }
            });
        }
        return rows;
    }

    private ActionRow row(String service, String name, Command command) {
        String id = ActionFunctions.id(service, name);
        Optional<FunctionStats.Snapshot> served = host.stats(id);
        FunctionStats.Snapshot stats = served.orElse(new FunctionStats.Snapshot(0, 0, 0, 0, 0, 0));
        String state = served.isPresent() ? "serving" : host.serving() ? "stopped" : "no resident agent";
        return new ActionRow(id, service, name, command.description(), ActionFunctions.route(service, name),
                command.remote().policies(), command.remote().maxConcurrency(), command.remote().timeoutSec(), state,
                stats.running(), stats.requests(), stats.errors());
    }
}
