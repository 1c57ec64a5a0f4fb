package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.conductor.protocol.DeploymentRow;
import java.util.List;

/** The answer of {@code deployments.list}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeploymentsResult(List<DeploymentRow> deployments) {

    public DeploymentsResult {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }
}
