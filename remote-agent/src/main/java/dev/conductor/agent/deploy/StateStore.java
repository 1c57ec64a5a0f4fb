package dev.conductor.agent.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.OverrideSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Per-service state on disk: the deploy state machine, the revisions and config overrides. */
public final class StateStore implements OverrideSource {

    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};
    private final AgentPaths paths;

    public StateStore(AgentPaths paths) {
        this.paths = paths;
    }

    public ServiceState load(String service) {
        return JsonFiles.read(stateFile(service), ServiceState.class).orElseGet(ServiceState::initial);
    }

    public void save(String service, ServiceState state) {
        JsonFiles.writePrivate(stateFile(service), state);
    }

    /** Records a new revision, numbered one above the highest so far. */
    public Revision newRevision(String service, String reason, Map<String, String> config, String specHash,
            Trigger trigger) {
        int number = revisions(service).stream().mapToInt(Revision::number).max().orElse(0) + 1;
        Revision revision = new Revision(number, Instant.now(), reason, config, specHash, trigger, null);
        JsonFiles.writePrivate(revisionFile(service, number), revision);
        return revision;
    }

    /** Records how the deploy of revision {@code number} ended; the last attempt's word stands (a retry may succeed). */
    public void recordOutcome(String service, int number, String outcome) {
        revision(service, number).ifPresent(revision ->
                JsonFiles.writePrivate(revisionFile(service, number), revision.withOutcome(outcome)));
    }

    public Optional<Revision> revision(String service, int number) {
        return JsonFiles.read(revisionFile(service, number), Revision.class);
    }

    /** All revisions of a service, oldest first. */
    public List<Revision> revisions(String service) {
        Path dir = paths.serviceState(service).resolve("revisions");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().matches("\\d+\\.json"))
                    .map(file -> JsonFiles.read(file, Revision.class).orElseThrow())
                    .sorted(Comparator.comparingInt(Revision::number))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Values set with {@code service config set}, which win over the service file's. */
    @Override
    public Map<String, String> overrides(String service) {
        Path file = paths.serviceState(service).resolve("config.json");
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return JsonFiles.MAPPER.readValue(file.toFile(), STRING_MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void saveOverrides(String service, Map<String, String> overrides) {
        JsonFiles.writePrivate(paths.serviceState(service).resolve("config.json"), overrides);
    }

    /** Names of services that have state on disk, whether or not their files still exist. */
    public List<String> services() {
        if (!Files.isDirectory(paths.stateRoot())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(paths.stateRoot())) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + paths.stateRoot(), e);
        }
    }

    private Path stateFile(String service) {
        return paths.serviceState(service).resolve("state.json");
    }

    private Path revisionFile(String service, int number) {
        return paths.serviceState(service).resolve("revisions").resolve(number + ".json");
    }
}
