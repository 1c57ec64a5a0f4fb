package dev.conductor.agent.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code GET /v1/state} and {@code GET /v1/wait_for?service=NAME&revision=N&timeout=S}, like
 * condo's, so that {@code curl --unix-socket} serves scripts and CI.
 */
final class StateRoutes {

    static final Duration MAX_WAIT = Duration.ofHours(1);
    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StateRoutes() {}

    static Route state(StateApi api) {
        return (request, exchange) -> exchange.json(200, JSON.writeValueAsString(api.state()));
    }

    static Route waitFor(StateApi api) {
        return (request, exchange) -> {
            String service = request.param("service");
            if (service == null || service.isEmpty()) {
                throw new BadHttpException(400, "wait_for needs ?service=NAME");
            }
            StateApi.Answer answer = api.waitFor(service, revision(request), timeout(request));
            exchange.json(answer.status(), JSON.writeValueAsString(answer.body()));
        };
    }

    private static Integer revision(HttpRequest request) {
        String text = request.param("revision");
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadHttpException(400, "revision must be a whole number, not '" + HttpRequest.cut(text) + "'");
        }
    }

    private static Duration timeout(HttpRequest request) throws IOException {
        String text = request.param("timeout");
        if (text == null) {
            return DEFAULT_WAIT;
        }
        try {
            Duration timeout = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
            if (timeout.isNegative() || timeout.compareTo(MAX_WAIT) > 0) {
                throw new NumberFormatException();
            }
            return timeout;
        } catch (NumberFormatException e) {
            throw new BadHttpException(400, "timeout must be seconds from 0 to " + MAX_WAIT.toSeconds()
                    + ", not '" + HttpRequest.cut(text) + "'");
        }
    }
}
