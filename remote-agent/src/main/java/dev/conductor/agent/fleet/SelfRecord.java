package dev.conductor.agent.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.engine.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * This host's heartbeat record, read afresh at each beat: host.json's labels and resources, and the
 * fleet services it runs. Not knowing what runs is logged once per change and beats with none:
 * that is news, not a reason to skip the beat that keeps this host alive.
 */
final class SelfRecord {

    private final Path hostFile;
    private final Supplier<List<RunningService>> running;
    private final Consumer<String> log;
    private String lastProblem = "";

    SelfRecord(Path hostFile, Supplier<List<RunningService>> running, Consumer<String> log) {
        this.hostFile = hostFile;
        this.running = running;
        this.log = log;
    }

    PeerRecord read(ClusterSettings settings) {
        HostIdentity host = HostIdentity.read(hostFile);
        return new PeerRecord(settings.serverName(), settings.address(), host.labels(), resources(), running());
    }

    private List<RunningService> running() {
        try {
            List<RunningService> here = running.get();
            lastProblem = "";
            return here;
        } catch (RuntimeException e) {
            String problem = "fleet: cannot tell which fleet services run here: " + e.getMessage();
            if (!problem.equals(lastProblem)) {
                log.accept(problem);
            }
            lastProblem = problem;
            return List.of();
        }
    }

    private JsonNode resources() {
        if (!Files.exists(hostFile)) {
            return null;
        }
        try {
            JsonNode resources = JsonFiles.MAPPER.readTree(hostFile.toFile()).get("resources");
            return resources == null || resources.isNull() ? null : resources;
        } catch (IOException e) {
            return null; // HostIdentity reports a broken host.json
        }
    }
}
