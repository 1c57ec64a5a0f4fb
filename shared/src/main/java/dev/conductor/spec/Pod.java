package dev.conductor.spec;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A pod of a service ({@code pods[]} in the service file).
 *
 * @param name the pod's name inside the service; {@code ""} (the default) is the main pod
 * @param podTemplate executable that prints a Kubernetes pod for {@code podman kube play};
 *     absolute once loaded
 * @param configMapTemplate optional executable that prints a ConfigMap; absolute once loaded,
 *     or null
 * @param serviceDirectives extra directives for the deployment's systemd unit
 */
public record Pod(
        @NotNull @SafeName(allowEmpty = true) String name,
        @NotBlank String podTemplate,
        String configMapTemplate,
        List<@NotNull String> serviceDirectives) {

    public Pod {
        name = name == null ? "" : name;
        serviceDirectives = Copies.list(serviceDirectives);
    }
}
