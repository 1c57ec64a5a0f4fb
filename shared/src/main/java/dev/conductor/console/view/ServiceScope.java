package dev.conductor.console.view;

import java.util.Optional;

/**
 * Which rows a table of deployments or functions shows: those of one service on its host, or
 * those of every host.
 *
 * @param host the host, or {@code null} for all
 * @param service the service, or {@code null} for all
 */
record ServiceScope(String host, String service) {

    /** The title of a table of {@code what}, e.g. {@code Deployments of web on h1}. */
    String title(String what) {
        return service == null ? what : what + " of " + service + " on " + host;
    }

    boolean includes(String rowHost, String rowService) {
        return (host == null || host.equals(rowHost)) && (service == null || service.equals(rowService));
    }

    Optional<ServiceRef> ref() {
        return service == null ? Optional.empty() : Optional.of(new ServiceRef(host, service));
    }
}
