package dev.conductor.agent.context;

/**
 * Names of the systemd unit instances that run services and deployments. Service and
 * deployment names are validated as safe names ({@code [A-Za-z0-9_.-]}, no leading '-'), which
 * systemd accepts verbatim as instance strings, so no {@code systemd-escape} is applied.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** @return {@code conductor-service@NAME.service} */
    public static String service(String name) {
        return "conductor-service@" + name + ".service";
    }

    /** @return {@code conductor-service-config@NAME.service} */
    public static String serviceConfig(String name) {
        return "conductor-service-config@" + name + ".service";
    }

    /** @return {@code conductor-deployment@DEPLOYMENT.service} */
    public static String deployment(String deployment) {
        return "conductor-deployment@" + deployment + ".service";
    }

    /** @return {@code conductor-deployment-config@DEPLOYMENT.service} */
    public static String deploymentConfig(String deployment) {
        return "conductor-deployment-config@" + deployment + ".service";
    }
}
