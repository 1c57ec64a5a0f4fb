package dev.conductor.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service, resolved: inheritance merged, paths absolute, defaults applied. Collections are
 * never null and keep the order of the files.
 *
 * @param name the service name, which is the name of its directory
 * @param directory the service directory, where service-level templates run
 * @param sources the files merged into this spec, parents first, the service's own file last
 * @param appName {@code app_name}; the service name by default
 * @param instanceName {@code instance_name}; {@code ""} by default
 * @param disabled {@code disable}: the service is declared but must not run
 * @param conditions where the service runs; {@link Conditions#NONE} by default
 * @param config the variables given to templates, hooks and commands, as strings (JSON numbers
 *     keep their literal text, booleans become {@code true}/{@code false})
 * @param pods the pods, merged by name
 * @param proxyConfigTemplate absolute path of the Caddy snippet template, or null when none
 * @param hooks the hooks, merged by id
 * @param commands the commands by name, each replaced whole by a child file
 * @param functions the functions, merged by name
 * @param displayServiceConfig config keys shown as columns in service listings
 * @param displayServiceDeploymentConfig config keys shown for a service's deployments
 * @param displayDeploymentConfig config keys shown as columns in deployment listings
 * @param healthCheck the readiness probe, or null when the service declares none
 * @param secrets {@code secrets}: the keys of the secrets the service needs, whose values come
 *     from {@code conductor-agent secret set}, never from files
 * @param resources {@code resources}: what the service asks of a host, {@link Resources#NONE} by
 *     default; read by the fleet's placement only, the single-host engine ignores it
 * @param replicas {@code replicas}: on how many distinct hosts the fleet runs the service, 1 by
 *     default; the single-host engine ignores it
 */
public record ServiceSpec(
        String name,
        Path directory,
        List<Path> sources,
        String appName,
        String instanceName,
        boolean disabled,
        Conditions conditions,
        Map<String, String> config,
        List<Pod> pods,
        String proxyConfigTemplate,
        List<Hook> hooks,
        Map<String, Command> commands,
        List<ServiceFunction> functions,
        List<String> displayServiceConfig,
        List<String> displayServiceDeploymentConfig,
        List<String> displayDeploymentConfig,
        HealthCheck healthCheck,
        List<String> secrets,
        Resources resources,
        int replicas) {

    /** Replicas of a service whose file does not set {@code replicas}. */
    public static final int DEFAULT_REPLICAS = 1;

    public ServiceSpec {
        sources = Copies.list(sources);
        appName = appName == null ? name : appName;
        instanceName = instanceName == null ? "" : instanceName;
        conditions = conditions == null ? Conditions.NONE : conditions;
        config = Copies.map(config);
        pods = Copies.list(pods);
        hooks = Copies.list(hooks);
        commands = Copies.map(commands);
        functions = Copies.list(functions);
        displayServiceConfig = Copies.list(displayServiceConfig);
        displayServiceDeploymentConfig = Copies.list(displayServiceDeploymentConfig);
        displayDeploymentConfig = Copies.list(displayDeploymentConfig);
        secrets = Copies.list(secrets);
        resources = resources == null ? Resources.NONE : resources;
    }

    /**
     * @param when a moment in the life cycle
     * @return the hooks that run then, in declaration order
     */
    public List<Hook> hooks(HookWhen when) {
        return hooks.stream().filter(hook -> hook.when() == when).toList();
    }

    /**
     * @param podName a pod name, {@code ""} for the main pod
     * @return the pod of that name
     */
    public Optional<Pod> pod(String podName) {
        return pods.stream().filter(pod -> pod.name().equals(podName)).findFirst();
    }

    /**
     * @param functionName a function name, {@code ""} for the unnamed one
     * @return the function of that name
     */
    public Optional<ServiceFunction> function(String functionName) {
        return functions.stream().filter(function -> function.name().equals(functionName)).findFirst();
    }
}
