package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A release in {@link ServiceDetails} and {@link DeployResult}: its revision and its deployments, one per pod. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReleaseInfo(int revision, List<String> deployments) {

    public ReleaseInfo {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }
}
