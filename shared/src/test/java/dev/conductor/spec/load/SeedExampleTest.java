package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.conductor.spec.Command;
import dev.conductor.spec.HookWhen;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example from the README, verbatim (two missing colons) and corrected. */
class SeedExampleTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @Test
    void verbatimExampleFailsAtTheFirstMissingColon() {
        var file = Fixtures.file("seed-bad/services/my-service");

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .isInstanceOfSatisfying(ServiceFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.location()).isEqualTo("2:11");
                    assertThat(e.reason()).isEqualTo("expected ':' after field name, found '['");
                })
                .hasMessage(file + ":2:11: expected ':' after field name, found '['");
    }

    @Test
    void secondMissingColonIsReportedAtItsOwnLine() {
        var file = Fixtures.file("seed-commands-colon/services/my-service");

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .hasMessage(file + ":34:12: expected ':' after field name, found '{'");
    }

    @Test
    void correctedExampleLoads() {
        var dir = Fixtures.path("seed-fixed/services/my-service");
        var base = Fixtures.file("seed-fixed/base");

        LoadedService loaded = loader.load(dir);
        ServiceSpec spec = loaded.spec();

        assertThat(loaded.warnings()).isEmpty();
        assertThat(spec.name()).isEqualTo("my-service");
        assertThat(spec.directory()).isEqualTo(dir);
        assertThat(spec.sources()).containsExactly(base, dir.resolve("conductor-service.json"));
        assertThat(spec.appName()).isEqualTo("beautiful-app");
        assertThat(spec.instanceName()).isEqualTo("staging");
        assertThat(spec.disabled()).isFalse();
        assertThat(spec.config()).containsExactly(
                entry("DOCKER_TAG", "latest"),
                entry("DOCKER_VERSION", "1.4.2"),
                entry("BEAUTIFUL_APP_ENV", "staging"),
                entry("DOCKER_IMAGE", "example.org/beautiful/app"),
                entry("SERVICE_TOGGLE", "true"));
        assertThat(spec.pods()).containsExactly(new Pod("",
                dir.resolve("pod.template").toString(), dir.resolve("config-map.template").toString(), List.of()));
        assertThat(spec.proxyConfigTemplate()).isEqualTo(dir.resolve("proxy-config.template").toString());
        assertThat(spec.hooks()).extracting("id").containsExactly("base-hook", "my-start-hook", "my-stop-hook");
        assertThat(spec.hooks(HookWhen.PRE_START).get(0).exec())
                .containsExactly(base.getParent().resolve("base-pre-start.hook").toString());
        assertThat(spec.hooks(HookWhen.POST_START).get(0).exec())
                .containsExactly(dir.resolve("post-start.hook").toString());
        assertThat(spec.hooks(HookWhen.PRE_STOP)).extracting("id").containsExactly("my-stop-hook");
        assertThat(spec.commands()).containsExactly(entry("migrate", new Command(
                true, false, false, "Run data migrations", List.of(dir.resolve("migrate.cmd").toString()))));
        assertThat(spec.functions()).isEmpty();
        assertThat(spec.displayServiceConfig()).containsExactly("BEAUTIFUL_APP_ENV", "DOCKER_TAG", "SERVICE_TOGGLE");
        assertThat(spec.displayServiceDeploymentConfig()).containsExactly("BEAUTIFUL_APP_ENV", "DOCKER_TAG");
        assertThat(spec.displayDeploymentConfig()).containsExactly("DOCKER_VERSION");
        assertThat(spec.healthCheck()).isNull();
    }
}
