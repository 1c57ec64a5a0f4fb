package dev.conductor.spec.load;

import dev.conductor.spec.Command;
import dev.conductor.spec.Hook;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceFunction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Makes the paths of one file absolute against that file's directory, before it is merged, so
 * that inherited paths stay relative to the file that declared them.
 *
 * <p>Templates ({@code pod_template}, {@code config_map_template},
 * {@code proxy_config_template}) are file paths: any relative one is rebased. In an
 * {@code exec} array only {@code exec[0]} is a path, and only when it holds a {@code /}
 * ({@code ./x}, {@code x/y}); a bare word like {@code bash} is looked up on {@code PATH}, as
 * {@code execvp} does, and stays as written. Absolute paths and arguments are never changed.
 */
final class PathRebaser {

    private final Path directory;

    PathRebaser(Path directory) {
        this.directory = directory;
    }

    ServiceFile rebase(ServiceFile file) {
        return new ServiceFile(file.inherit(), file.appName(), file.instanceName(), file.disable(),
                file.conditions(), file.config(), map(file.pods(), this::pod), template(file.proxyConfigTemplate()),
                map(file.hooks(), this::hook), commands(file.commands()), map(file.functions(), this::function),
                file.displayServiceConfig(), file.displayServiceDeploymentConfig(), file.displayDeploymentConfig(),
                file.healthCheck(), file.secrets(), file.resources(), file.replicas());
    }

    private Pod pod(Pod pod) {
        return new Pod(pod.name(), template(pod.podTemplate()), template(pod.configMapTemplate()),
                pod.serviceDirectives());
    }

    private Hook hook(Hook hook) {
        return new Hook(hook.id(), hook.when(), exec(hook.exec()), hook.timeoutSec());
    }

    private Command command(Command command) {
        return command.withExec(exec(command.exec()));
    }

    private ServiceFunction function(ServiceFunction function) {
        return function.withExec(exec(function.exec()));
    }

    private Map<String, Command> commands(Map<String, Command> commands) {
        if (commands == null) {
            return null;
        }
        Map<String, Command> rebased = new LinkedHashMap<>();
        commands.forEach((name, command) -> rebased.put(name, command(command)));
        return rebased;
    }

    private String template(String path) {
        if (path == null || path.isBlank() || Path.of(path).isAbsolute()) {
            return path;
        }
        return directory.resolve(path).normalize().toString();
    }

    private List<String> exec(List<String> exec) {
        if (exec.isEmpty() || exec.get(0).indexOf('/') < 0) {
            return exec;
        }
        List<String> rebased = new ArrayList<>(exec);
        rebased.set(0, template(exec.get(0)));
        return rebased;
    }

    private static <T> List<T> map(List<T> entries, UnaryOperator<T> rebase) {
        return entries == null ? null : entries.stream().map(rebase).toList();
    }
}
