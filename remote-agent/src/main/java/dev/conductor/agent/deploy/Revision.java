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
 * @param trigger what asked for it; null in files written before triggers were recorded
 * @param outcome {@code succeeded} or {@code failed} once its deploy ended; null before, or in older files
 */
public record Revision(int number, Instant created, String reason, Map<String, String> config, String specHash,
        Trigger trigger, String outcome) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public Revision {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** The same revision with its config as {@code shown}, e.g. secrets masked. */
    public Revision withConfig(Map<String, String> shown) {
        return new Revision(number, created, reason, shown, specHash, trigger, outcome);
    }

    Revision withOutcome(String ended) {
        return new Revision(number, created, reason, config, specHash, trigger, ended);
    }
}
