package dev.conductor.agent.deployment;

import dev.conductor.agent.context.DeploymentContext;
import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.agent.hook.HookFailedException;
import dev.conductor.agent.hook.HookRunner;
import dev.conductor.agent.podman.KubeYaml;
import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.template.TemplateRunner;
import dev.conductor.spec.HookWhen;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts and stops one deployment: what {@code conductor-deployment@NAME.service} runs. Start
 * renders the templates, runs the pre-start hooks, plays the pod and runs the post-start hooks;
 * a failure removes the pod again and leaves the reason in the deployment directory.
 */
public final class DeploymentLifecycle {

    private final AgentPaths paths;
    private final DeploymentStore deployments;
    private final ServiceCatalog catalog;
    private final Podman podman;
    private final TemplateRunner templates;
    private final HookRunner hooks;

    /** @param processes runs the templates and hooks */
    public DeploymentLifecycle(AgentPaths paths, DeploymentStore deployments, ServiceCatalog catalog, Podman podman,
            ProcessRunner processes) {
        this.paths = paths;
        this.deployments = deployments;
        this.catalog = catalog;
        this.podman = podman;
        this.templates = new TemplateRunner(processes);
        this.hooks = new HookRunner(processes);
    }

    /**
     * Holds the deployment's lock while the pod is made, so that a teardown racing a start (after
     * a killed agent) removes the pod only once it exists, and a start after a teardown does nothing.
     */
    public void start(String name) {
        try (ServiceLock lock = ServiceLock.acquireDeployment(paths.locks(), name)) {
            DeploymentRecord record = record(name);
            deployments.clearError(name);
            try {
                play(record);
            } catch (RuntimeException e) {
                deployments.writeError(name, e.getMessage());
                podman.removePod(name);
                podman.removeSecret(DeploymentContext.podSecret(name));
                throw e;
            }
        }
    }

    /** Stops the pod; hook failures are reported after the pod is gone, never instead of it. */
    public List<HookFailedException> stop(String name) {
        try (ServiceLock lock = ServiceLock.acquireDeployment(paths.locks(), name)) {
            return stopLocked(name);
        }
    }

    private List<HookFailedException> stopLocked(String name) {
        Optional<DeploymentRecord> record = deployments.load(name);
        if (record.isEmpty()) {
            podman.removePod(name);
            return List.of();
        }
        ServiceSpec spec = catalog.load(record.get().service());
        DeploymentContext context = context(spec, record.get(), catalog.secretsSetSoFar(spec));
        List<HookFailedException> failures = new ArrayList<>(
                hooks.runAll(HookWhen.PRE_STOP, spec.hooks(HookWhen.PRE_STOP), context));
        podman.removePod(name);
        if (!spec.secrets().isEmpty()) {
            podman.removeSecret(DeploymentContext.podSecret(name));
        }
        deployments.markPodRemoved(name);
        failures.addAll(hooks.runAll(HookWhen.POST_STOP, spec.hooks(HookWhen.POST_STOP), context));
        return failures;
    }

    /** The deployment's variables, with POD_IP_ADDRESS when its pod runs. */
    public DeploymentContext context(String name) {
        DeploymentRecord record = record(name);
        ServiceSpec spec = catalog.load(record.service());
        return context(spec, record, catalog.secrets(spec));
    }

    private DeploymentContext context(ServiceSpec spec, DeploymentRecord record, Map<String, String> secrets) {
        DeploymentContext context = beforePod(spec, record, secrets);
        return deployments.podIp(record.name())
                .or(() -> podman.inspectPod(record.name()).map(PodInfo::ipAddress).filter(ip -> !ip.isEmpty()))
                .map(context::withPodIp).orElse(context);
    }

    /** The variables before the pod runs: no address yet, and no need to ask Podman for one. */
    private DeploymentContext beforePod(ServiceSpec spec, DeploymentRecord record, Map<String, String> secrets) {
        return new DeploymentContext(new ServiceContext(spec, record.config(), secrets), record.part(), record.name(),
                record.revision(), deployments.directory(record.name()), null);
    }

    DeploymentRecord record(String name) {
        return deployments.load(name)
                .orElseThrow(() -> DeploymentException.notFound(name, deployments.root()));
    }

    // Refused before the play: a pod of another name would run unlisted, and could even be
    // another deployment's.
    private static void requireOwnName(Pod pod, String yaml, String name) {
        Set<String> names = KubeYaml.podNames(yaml);
        if (!names.isEmpty() && !names.contains(name)) {
            throw new DeploymentException("pod template " + pod.podTemplate() + " names its pod "
                    + names.stream().filter(n -> !n.endsWith("-pod")).map(n -> "'" + n + "'").toList()
                    + ", not '" + name + "': the pod's metadata.name must be $POD_NAME; nothing was started");
        }
    }

    // A template that printed a secret's value instead of a secretKeyRef leaves it in pod.yaml:
    // once the pod is made, that file is not needed, so it goes.
    private static void forgetPlaintext(Path podYaml, Map<String, String> secrets) {
        if (secrets.values().stream().anyMatch(DeploymentStore.read(podYaml)::contains)) {
            DeploymentStore.delete(podYaml);
        }
    }

    private void play(DeploymentRecord record) {
        ServiceSpec spec = catalog.load(record.service());
        Pod pod = spec.pod(record.part()).orElseThrow(() -> new DeploymentException(
                "service '" + spec.name() + "' has no pod named '" + record.part() + "' any more"));
        Map<String, String> secrets = catalog.secrets(spec);
        DeploymentContext context = beforePod(spec, record, secrets);
        Path dir = context.directory();
        Path podYaml = dir.resolve("pod.yaml");
        String yaml = templates.render(pod.podTemplate(), context);
        requireOwnName(pod, yaml, record.name());
        if (!secrets.isEmpty()) {
            podman.createSecret(DeploymentContext.podSecret(record.name()), PodSecretData.of(secrets));
        }
        PrivateFiles.write(podYaml, yaml);
        Optional<Path> configMap = Optional.ofNullable(pod.configMapTemplate()).map(template -> {
            Path file = dir.resolve("configmap.yaml");
            PrivateFiles.write(file, templates.render(template, context));
            return file;
        });
        hooks.run(HookWhen.PRE_START, spec.hooks(HookWhen.PRE_START), context);
        // the tag marks container output in the journal: SYSLOG_IDENTIFIER=<deployment>
        try {
            podman.kubePlay(podYaml, configMap, record.name());
        } finally {
            forgetPlaintext(podYaml, secrets);
        }
        Optional<PodInfo> made = podman.inspectPod(record.name());
        if (made.isEmpty()) {
            podman.removePod(record.name() + "-pod"); // what Podman names the pod of a kind: Deployment
            throw new DeploymentException("pod template " + pod.podTemplate() + " did not create a pod named '"
                    + record.name() + "'; the pod's metadata.name must be $POD_NAME, in a kind: Pod");
        }
        PodInfo info = made.get();
        if (!info.ipAddress().isEmpty()) {
            deployments.savePodIp(record.name(), info.ipAddress());
        }
        hooks.run(HookWhen.POST_START, spec.hooks(HookWhen.POST_START), context.withPodIp(info.ipAddress()));
    }
}
