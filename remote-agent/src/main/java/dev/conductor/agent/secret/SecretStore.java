package dev.conductor.agent.secret;

import java.util.List;
import java.util.Optional;

/**
 * Port to the store of services' secrets, encrypted at rest. Values are text; a value seen here
 * is also registered with {@link dev.conductor.agent.mask.SecretMask}, so that nothing the agent
 * prints afterwards shows it.
 */
public interface SecretStore {

    /**
     * Saves a secret, replacing an earlier value.
     *
     * @throws SecretException for a bad service or key name, or a value out of bounds
     */
    void set(String service, String key, String value);

    /** The value, or empty when it was never set. */
    Optional<String> get(String service, String key);

    /** The service's secrets, by key, with when each was set; never their values. */
    List<SecretEntry> list(String service);

    /** @return false when there was no such secret */
    boolean remove(String service, String key);
}
