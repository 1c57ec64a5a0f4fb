package dev.conductor.agent.deployment;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.spec.SafeNameValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Deployment directories under {@code /run/conductor/deployments}: the record, the rendered
 * pod and ConfigMap, the Caddy {@code @id}s registered, and the last error. All of it is root's
 * only ({@link PrivateFiles}): the record and the rendered files carry config values.
 */
public final class DeploymentStore {

    private static final String REGISTERED = "registered";
    private static final String POD_IP = "pod-ip";
    private static final String POD_REMOVED = "pod-removed";
    private final AgentPaths paths;

    public DeploymentStore(AgentPaths paths) {
        this.paths = paths;
    }

    /** Where the deployment directories are, as error messages name it. */
    public Path root() {
        return paths.deploymentRoot();
    }

    /** @throws DeploymentException for a name that is not a safe file and unit name, such as {@code ../x} */
    public Path directory(String deployment) {
        if (!SafeNameValidator.isSafe(deployment)) {
            throw new DeploymentException("invalid deployment name '" + deployment + "'");
        }
        return paths.deployment(deployment);
    }

    public void create(DeploymentRecord record) {
        Path runtime = paths.deploymentRoot().getParent();
        try {
            // made here, not 0700 below: Caddy reaches the function and auth sockets in /run/conductor
            Files.createDirectories(runtime);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + runtime + ": " + e.getMessage(), e);
        }
        JsonFiles.writePrivate(directory(record.name()).resolve("deployment.json"), record);
    }

    public boolean exists(String deployment) {
        return Files.exists(directory(deployment).resolve("deployment.json"));
    }

    public Optional<DeploymentRecord> load(String deployment) {
        return JsonFiles.read(directory(deployment).resolve("deployment.json"), DeploymentRecord.class);
    }

    /** Every deployment that has a directory, whatever its state. */
    public List<DeploymentRecord> list() {
        if (!Files.isDirectory(paths.deploymentRoot())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(paths.deploymentRoot())) {
            return dirs.map(dir -> dir.getFileName().toString())
                    .filter(SafeNameValidator::isSafe)
                    .map(this::load)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(DeploymentRecord::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + paths.deploymentRoot(), e);
        }
    }

    /** The {@code @id}s this deployment registered (or was about to) in Caddy. */
    public List<String> registeredIds(String deployment) {
        return JsonFiles.read(directory(deployment).resolve("snippets.json"), String[].class)
                .map(List::of).orElse(List.of());
    }

    /**
     * Records the {@code @id}s; with none, removes the ledger and the {@code registered} marker
     * instead, which the config unit's shell guard reads to skip a JVM start when there is
     * nothing to do.
     */
    public void saveRegisteredIds(String deployment, List<String> ids) {
        if (ids.isEmpty()) {
            delete(directory(deployment).resolve(REGISTERED));
            delete(directory(deployment).resolve("snippets.json"));
        } else {
            JsonFiles.writePrivate(directory(deployment).resolve("snippets.json"), ids);
        }
    }

    /** Marks the routes as registered, so that starting the config unit need not register again. */
    public void markRegistered(String deployment) {
        PrivateFiles.write(directory(deployment).resolve(REGISTERED), "");
    }

    /** Notes that the deployment's stop removed its pod, so that a teardown need not ask Podman again. */
    public void markPodRemoved(String deployment) {
        if (Files.isDirectory(directory(deployment))) {
            PrivateFiles.write(directory(deployment).resolve(POD_REMOVED), "");
        }
    }

    public boolean podRemoved(String deployment) {
        return Files.exists(directory(deployment).resolve(POD_REMOVED));
    }

    /** Remembers the pod's address once it runs: it does not change while the pod lives. */
    public void savePodIp(String deployment, String ip) {
        PrivateFiles.write(directory(deployment).resolve(POD_IP), ip);
    }

    /** The address saved when the pod started, so that callers need not ask Podman again. */
    public Optional<String> podIp(String deployment) {
        Path file = directory(deployment).resolve(POD_IP);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()).filter(ip -> !ip.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void writeError(String deployment, String message) {
        PrivateFiles.write(directory(deployment).resolve("error.txt"), message);
    }

    /** The reason the last start failed, or empty. */
    public Optional<String> error(String deployment) {
        Path file = directory(deployment).resolve("error.txt");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void clearError(String deployment) {
        delete(directory(deployment).resolve("error.txt"));
    }

    public void remove(String deployment) {
        Path dir = directory(deployment);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(DeploymentStore::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /** The file's text, or {@code ""} when it is gone. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
