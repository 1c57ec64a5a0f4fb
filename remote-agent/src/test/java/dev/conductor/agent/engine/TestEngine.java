package dev.conductor.agent.engine;

import dev.conductor.agent.deploy.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.caddy.CaddyAdmin;
import dev.conductor.agent.deploy.DeployState;
import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.agent.wiring.AgentGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link AgentGraph} below a temporary directory: real service files, state and deployment
 * directories, with in-memory systemd and Podman, and a Caddy that fails every call.
 */
public final class TestEngine {

    private final Path root;
    private final InMemorySystemd systemd = new InMemorySystemd();
    private final InMemoryPodman podman = new InMemoryPodman();
    private final AgentGraph graph;

    public TestEngine(Path root) {
        this(root, new LocalProcessRunner());
    }

    /** With {@code processes} for templates, hooks and journalctl. */
    public TestEngine(Path root, ProcessRunner processes) {
        this.root = root;
        AgentPaths paths = new AgentPaths(List.of(root.resolve("services")), root.resolve("host.json"),
                root.resolve("state"), root.resolve("run/deployments"));
        graph = new AgentGraph(paths, processes, systemd, new DropIns(root.resolve("units")), podman, new NoCaddy(),
                new HostIdentity("test-host", Map.of("role", "web")));
    }

    public AgentGraph graph() {
        return graph;
    }

    public InMemorySystemd systemd() {
        return systemd;
    }

    public InMemoryPodman podman() {
        return podman;
    }

    /** The directory of service {@code name}, created if needed. */
    public Path serviceDir(String name) {
        return create(root.resolve("services").resolve(name));
    }

    /** Writes {@code services/NAME/conductor-service.json}. */
    public TestEngine service(String name, String json) {
        write(serviceDir(name).resolve("conductor-service.json"), json);
        return this;
    }

    /** Writes an executable {@code sh} script into the service directory. */
    public Path script(String service, String file, String body) {
        Path path = serviceDir(service).resolve(file);
        write(path, "#!/bin/sh\n" + body + "\n");
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** Records revision {@code revision} with {@code config}, its deployments, and a Stable state serving them. */
    public TestEngine serving(String service, int revision, Map<String, String> config, String... deployments) {
        for (int i = 1; i <= revision; i++) {
            graph.states().newRevision(service, "deploy", config, "hash", Trigger.AGENT);
        }
        for (String deployment : deployments) {
            graph.deployments().create(new DeploymentRecord(deployment, service, "", revision, config));
        }
        graph.states().save(service, new ServiceState(DeployState.STABLE,
                new Release(revision, List.of(deployments)), null, "revision " + revision + " serving", null, null,
                false, Instant.now(), null));
        return this;
    }

    private static Path create(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests that use this engine register no routes; a call to Caddy is a bug. */
    private static final class NoCaddy implements CaddyAdmin {
        @Override
        public Etagged snapshot() {
            throw new UnsupportedOperationException("no Caddy in unit tests");
        }

        @Override
        public Optional<JsonNode> get(String path) {
            throw new UnsupportedOperationException("no Caddy in unit tests: GET " + path);
        }

        @Override
        public void post(String path, JsonNode snippet, String etag) {
            throw new UnsupportedOperationException("no Caddy in unit tests: POST " + path);
        }

        @Override
        public boolean delete(String path) {
            throw new UnsupportedOperationException("no Caddy in unit tests: DELETE " + path);
        }
    }
}
