package dev.conductor.agent.deploy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A numbered deploy of a service and the config it ran with.
 *
 * @param number 1, 2, 3... per service, never reused
 * @param created when the deploy was asked for
 * @param reason why: {@code deploy}, {@code reload: service file changed}, {@code rollback to 3}, ...
 * @param config the config variables, overrides included, as they were
 * @param specHash fingerprint of the service files and templates at that time
 */
public record Revision(int number, Instant created, String reason, Map<String, String> config, String specHash) {

    public Revision {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
