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
        store.newRevision("web", "deploy", Map.of("PASSWORD", "s3cret"), "hash");
        store.save("web", ServiceState.initial());
        new ServiceCatalog(paths, store, new HostIdentity("host", Map.of()), new InMemorySecretStore()).setDisabledByOperator("web", true);

        assertThat(Modes.below(paths.stateRoot())).isEqualTo(Map.of("", "rwx------", "web", "rwx------",
                "web/config.json", "rw-------", "web/revisions", "rwx------", "web/revisions/1.json", "rw-------",
                "web/state.json", "rw-------", "web/disabled", "rw-------"));
        assertThat(store.overrides("web")).containsEntry("PASSWORD", "s3cret");
    }
}
