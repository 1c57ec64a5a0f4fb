package dev.conductor.agent.deployment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a deployment runs, written to its directory before anything of it is started.
 *
 * @param name the deployment name, which is also its pod's name
 * @param service the service it belongs to
 * @param part the pod's name inside the service, {@code ""} for the main pod
 * @param revision the revision whose config it runs
 * @param config that revision's config snapshot
 */
public record DeploymentRecord(String name, String service, String part, int revision, Map<String, String> config) {

    public DeploymentRecord {
        part = part == null ? "" : part;
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
