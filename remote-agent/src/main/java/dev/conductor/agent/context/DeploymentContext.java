package dev.conductor.agent.context;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The context of a deployment: its service's variables plus those naming the deployment, run
 * in the deployment directory. The config is the one of the deployment's revision, which the
 * caller puts in {@code service}.
 *
 * @param service the service context, with the revision's config
 * @param part the pod's name in the service, {@code ""} for the main pod
 * @param deployment the deployment name, which is also the pod name
 * @param revision the revision the deployment runs
 * @param directory the deployment directory
 * @param podIp the pod's address once it runs, or null before
 */
public record DeploymentContext(
        ServiceContext service, String part, String deployment, int revision, Path directory, String podIp)
        implements ExecutionContext {

    public DeploymentContext {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(directory, "directory");
    }

    /** The Podman secret that holds a deployment's secrets, for its pod's {@code secretKeyRef}s. */
    public static String podSecret(String deployment) {
        return "conductor-" + deployment;
    }

    /** The same deployment once its pod has the address {@code ip}. */
    public DeploymentContext withPodIp(String ip) {
        return new DeploymentContext(service, part, deployment, revision, directory, ip);
    }

    @Override
    public Map<String, String> environment() {
        Variables variables = service.variables()
                .put("CONDUCTOR_SERVICE_PART", part)
                .put("CONDUCTOR_DEPLOYMENT", deployment)
                .put("CONDUCTOR_DEPLOYMENT_UNIT", UnitNames.deployment(deployment))
                .put("CONDUCTOR_DEPLOYMENT_CONFIG_UNIT", UnitNames.deploymentConfig(deployment))
                .put("CONDUCTOR_DEPLOYMENT_DIR", directory.toString())
                .put("CONDUCTOR_REVISION", Integer.toString(revision))
                .put("POD_NAME", deployment);
        if (!service.secrets().isEmpty()) {
            variables.put("CONDUCTOR_POD_SECRET", podSecret(deployment));
        }
        if (podIp != null) {
            variables.put(ServiceContext.POD_IP_ADDRESS, podIp);
        }
        return variables.toMap();
    }

    @Override
    public Path workingDirectory() {
        return directory;
    }

    @Override
    public String describe() {
        return "deployment '" + deployment + "'";
    }
}
