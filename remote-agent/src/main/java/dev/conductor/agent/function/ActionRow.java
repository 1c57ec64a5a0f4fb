package dev.conductor.agent.function;

import java.util.List;

/**
 * One remote action as {@code action ls} shows it.
 *
 * @param id its id on the host, {@code SERVICE~NAME}: its socket, auth path and journal identifier
 * @param route the path of its route, {@code /action/SERVICE/NAME}
 * @param policies what a caller needs, any entry met admitting
 * @param state {@code serving}, {@code stopped}, or {@code no resident agent} when the CLI ran the engine itself
 * @param running runs now
 * @param requests runs since the agent started serving it (refused requests are not counted)
 * @param errors those answered 5xx
 */
public record ActionRow(String id, String service, String name, String description, String route,
        List<String> policies, int maxConcurrency, int timeoutSec, String state, int running, long requests,
        long errors) {

    public ActionRow {
        policies = List.copyOf(policies);
    }
}
