package dev.conductor.agent.command;

import dev.conductor.agent.context.CommandContext;
import dev.conductor.agent.context.DeploymentContext;
import dev.conductor.agent.context.ExecutionContext;
import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.deployment.DeploymentException;
import dev.conductor.agent.deployment.DeploymentLifecycle;
import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.process.ForegroundProcess;
import dev.conductor.spec.Command;
import dev.conductor.spec.SafeNameValidator;
import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code run}: the commands a service declares, run in the context they allow. A command with
 * {@code service} runs in the service directory; one with {@code service_any_deployment} in the
 * first running deployment of the serving release; one with {@code deployment} only when a
 * deployment is named.
 */
public final class CommandRunner {

    private final ServiceCatalog catalog;
    private final StateStore states;
    private final DeploymentStore deployments;
    private final Podman podman;
    private final DeploymentLifecycle lifecycle;

    public CommandRunner(ServiceCatalog catalog, StateStore states, DeploymentStore deployments, Podman podman, DeploymentLifecycle lifecycle) {
        this.catalog = catalog;
        this.states = states;
        this.deployments = deployments;
        this.podman = podman;
        this.lifecycle = lifecycle;
    }

    /** Prepares {@code command} of {@code service} for {@code run -s}. */
    public CommandInvocation forService(String service, String command, List<String> args, Path invocationDir) {
        ServiceSpec spec = catalog.load(service);
        Command declared = find(spec, command);
        ExecutionContext context;
        if (declared.service()) {
            context = catalog.context(spec);
        } else if (declared.serviceAnyDeployment()) {
            context = anyRunningDeployment(spec, command);
        } else {
            throw refused(spec, command, declared, "the service context (-s)");
        }
        return invocation(command, declared, context, args, invocationDir);
    }

    /** Prepares {@code command} for {@code run -d}, with the deployment's revision config. */
    public CommandInvocation forDeployment(String deployment, String command, List<String> args, Path invocationDir) {
        DeploymentContext context = contextOf(deployment);
        ServiceSpec spec = context.service().spec();
        Command declared = find(spec, command);
        if (!declared.deployment()) {
            throw refused(spec, command, declared, "a deployment context (-d)");
        }
        return invocation(command, declared, context, args, invocationDir);
    }

    /** The context of a deployment named by an operator, for {@code deployment env}. */
    public DeploymentContext deploymentContext(String deployment) {
        return contextOf(deployment);
    }

    /** Runs with the caller's stdin, stdout and stderr; returns the command's exit code. */
    public int run(CommandInvocation invocation) {
        return ForegroundProcess.run(invocation.argv(), invocation.directory(), invocation.environment());
    }

    /** Where a command may run, as {@code run} options: {@code -s}, {@code -s (any deployment)}, {@code -d}. */
    public static List<String> contexts(Command command) {
        List<String> contexts = new ArrayList<>();
        if (command.service()) {
            contexts.add("service");
        }
        if (command.serviceAnyDeployment()) {
            contexts.add("any deployment");
        }
        if (command.deployment()) {
            contexts.add("deployment");
        }
        return contexts;
    }

    private DeploymentContext anyRunningDeployment(ServiceSpec spec, String command) {
        ServiceState state = states.load(spec.name());
        List<String> candidates = state.current() == null ? List.of() : state.current().deployments();
        for (String deployment : candidates) {
            boolean running = deployments.exists(deployment)
                    && podman.inspectPod(deployment).map(PodInfo::running).orElse(false);
            if (running) {
                return contextOf(deployment);
            }
        }
        throw new CommandException("command '" + command + "' runs in an active deployment of service '"
                + spec.name() + "', and none runs: " + (candidates.isEmpty()
                ? "nothing is deployed (state " + state.state().label() + ")"
                : "the pods of " + candidates + " are not running"));
    }

    // The name becomes a path below the deployment root: "../x" must not reach other files.
    private DeploymentContext contextOf(String deployment) {
        return lifecycle.context(safe(deployment));
    }

    private String safe(String deployment) {
        if (!SafeNameValidator.isSafe(deployment)) {
            throw DeploymentException.notFound(deployment, deployments.root());
        }
        return deployment;
    }

    private static Command find(ServiceSpec spec, String command) {
        Command declared = spec.commands().get(command);
        if (declared == null) {
            throw new CommandException("service '" + spec.name() + "' has no command '" + command + "'; it has "
                    + spec.commands().keySet());
        }
        return declared;
    }

    private static CommandException refused(ServiceSpec spec, String command, Command declared, String asked) {
        List<String> allowed = new ArrayList<>();
        if (declared.service() || declared.serviceAnyDeployment()) {
            allowed.add("'run -s " + spec.name() + " " + command + "'"
                    + (declared.service() ? "" : " (in any active deployment)"));
        }
        if (declared.deployment()) {
            allowed.add("'run -d DEPLOYMENT " + command + "'");
        }
        return new CommandException("command '" + command + "' of service '" + spec.name() + "' does not run in "
                + asked + "; it runs with " + (allowed.isEmpty() ? "no context at all" : String.join(" or ", allowed)));
    }

    private static CommandInvocation invocation(String name, Command declared, ExecutionContext base,
            List<String> args, Path invocationDir) {
        CommandContext context = new CommandContext(base, name, invocationDir);
        List<String> argv = new ArrayList<>(declared.exec());
        argv.addAll(args);
        return new CommandInvocation(name, context.describe(), argv, context.workingDirectory(), context.environment());
    }
}
