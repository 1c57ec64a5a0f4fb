package dev.conductor.console.view;

/**
 * A service on a host, as the actions address it.
 *
 * @param host the host's name
 * @param name the service's name
 */
public record ServiceRef(String host, String name) {

    /** Parses a services view row key, {@code host/name}. */
    public static ServiceRef of(String key) {
        int slash = key.indexOf('/');
        return new ServiceRef(key.substring(0, slash), key.substring(slash + 1));
    }

    @Override
    public String toString() {
        return name + " on " + host;
    }
}
