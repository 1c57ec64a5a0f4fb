package dev.conductor.agent.service;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.proxy.ProxyRoutes;
import java.nio.file.Path;
import java.util.List;

/** The Caddy {@code @id}s a service registered for itself, beside its state. */
record ServiceLedger(AgentPaths paths, String service) implements ProxyRoutes.Ledger {

    @Override
    public List<String> ids() {
        return JsonFiles.read(file(), String[].class).map(List::of).orElse(List.of());
    }

    @Override
    public void save(List<String> ids) {
        JsonFiles.writePrivate(file(), ids);
    }

    private Path file() {
        return paths.serviceState(service).resolve("snippets.json");
    }
}
