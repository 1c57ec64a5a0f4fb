package dev.conductor.agent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.secret.InMemorySecretStore;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.engine.Modes;
import dev.conductor.agent.engine.ServiceCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    @TempDir
    Path root;

    @Test
    void stateRevisionsOverridesAndTheDisabledMarkerAreRootsOnly() {
        AgentPaths paths = new AgentPaths(List.of(root.resolve("services")), root.resolve("host.json"),
                root.resolve("state"), root.resolve("deployments"));
        StateStore store = new StateStore(paths);

        store.saveOverrides("web", Map.of("PASSWORD", "s3cret"));
        store.newRevision("web", "deploy", Map.of("PASSWORD", "s3cret"), "hash", Trigger.of("cli"));
        store.save("web", ServiceState.initial());
        new ServiceCatalog(paths, store, new HostIdentity("host", Map.of()), new InMemorySecretStore()).setDisabledByOperator("web", true);

        assertThat(Modes.below(paths.stateRoot())).isEqualTo(Map.of("", "rwx------", "web", "rwx------",
                "web/config.json", "rw-------", "web/revisions", "rwx------", "web/revisions/1.json", "rw-------",
                "web/state.json", "rw-------", "web/disabled", "rw-------"));
        assertThat(store.overrides("web")).containsEntry("PASSWORD", "s3cret");
    }

    @Test
    void aRevisionKeepsItsTriggerAndGetsTheOutcomeOfItsDeploy() {
        StateStore store = new StateStore(new AgentPaths(List.of(root.resolve("services")), root.resolve("host.json"),
                root.resolve("state"), root.resolve("deployments")));

        store.newRevision("web", "deploy", Map.of(), "hash", new Trigger("console", "ann@lap via conductor-tui"));
        store.recordOutcome("web", 1, Revision.FAILED);

        assertThat(store.revision("web", 1)).get().satisfies(revision -> {
            assertThat(revision.trigger()).isEqualTo(new Trigger("console", "ann@lap via conductor-tui"));
            assertThat(revision.outcome()).isEqualTo("failed");
        });
    }

    @Test
    void aRevisionRecordedBeforeTriggersHasNone() throws Exception {
        StateStore store = new StateStore(new AgentPaths(List.of(root.resolve("services")), root.resolve("host.json"),
                root.resolve("state"), root.resolve("deployments")));
        java.nio.file.Files.createDirectories(root.resolve("state/web/revisions"));
        java.nio.file.Files.writeString(root.resolve("state/web/revisions/1.json"), "{\"number\": 1, \"created\":"
                + " \"2025-01-02T03:04:05Z\", \"reason\": \"deploy\", \"config\": {}, \"spec_hash\": \"h\"}");

        assertThat(store.revisions("web")).singleElement().satisfies(revision -> {
            assertThat(revision.trigger()).isNull();
            assertThat(revision.outcome()).isNull();
        });
    }
}
