package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One function as listings show it, on the agent's CLI and in the consoles.
 *
 * @param id the function's id on the host, {@code SERVICE} or {@code SERVICE-NAME}
 * @param service its service
 * @param name its name inside the service, {@code ""} for the service's unnamed function
 * @param format {@code cgi} or {@code http-stdio}
 * @param mode {@code single}, {@code multi} or {@code parallel}
 * @param state {@code serving}, {@code stopped}, or {@code no resident agent} when the process
 *     that listed it cannot know (the CLI ran the engine itself)
 * @param route the path its route matches
 * @param running requests being served now
 * @param warm processes started ahead, waiting for a request
 * @param requests requests served since the agent started serving it
 * @param errors those answered 5xx
 * @param p50Millis the median latency of the last 1,024 requests, 0 before the first
 * @param p95Millis their 95th percentile
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FunctionRow(String id, String service, String name, String format, String mode, String state,
        String route, int running, int warm, long requests, long errors, double p50Millis, double p95Millis) {

    public FunctionRow {
        id = orEmpty(id);
        service = orEmpty(service);
        name = orEmpty(name);
        format = orEmpty(format);
        mode = orEmpty(mode);
        state = orEmpty(state);
        route = orEmpty(route);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
