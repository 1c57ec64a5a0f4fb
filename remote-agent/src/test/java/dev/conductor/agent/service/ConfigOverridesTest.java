package dev.conductor.agent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployState;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.spec.Secrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOverridesTest {

    @TempDir
    Path root;
    TestEngine host;
    ConfigOverrides overrides;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", """
                {"config": {"TAG": "v1", "DB_PASSWORD": "hunter2"},
                 "pods": [{"name": "", "pod_template": "./pod.sh"}]}""");
        overrides = host.graph().configOverrides();
    }

    @Test
    void effectiveConfigMarksOverridesAndMasksSecretsUnlessAsked() {
        overrides.set("web", List.of("TAG=v2", "NEW=x=y"));

        assertThat(overrides.effective("web", false)).containsExactly(
                new ConfigOverrides.Entry("TAG", "v2", true),
                new ConfigOverrides.Entry("DB_PASSWORD", Secrets.MASK, false),
                new ConfigOverrides.Entry("NEW", "x=y", true));
        assertThat(overrides.effective("web", true)).extracting(ConfigOverrides.Entry::value)
                .contains("hunter2");
    }

    @Test
    void setKeepsEarlierOverridesAndUnsetRemovesThem() {
        overrides.set("web", List.of("A=1"));
        overrides.set("web", List.of("B=2"));
        overrides.unset("web", List.of("A"));

        assertThat(host.graph().states().overrides("web")).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void invalidNamesAreRefusedQuotedAndNothingIsSaved() {
        assertThatThrownBy(() -> overrides.set("web", List.of("OK=1", "1BAD=2")))
                .hasMessageContaining("'1BAD'");
        assertThatThrownBy(() -> overrides.set("web", List.of("A-B=1"))).hasMessageContaining("'A-B'");
        assertThatThrownBy(() -> overrides.set("web", List.of("$(reboot)=1"))).hasMessageContaining("'$(reboot)'");
        assertThatThrownBy(() -> overrides.set("web", List.of("NOEQUALS"))).hasMessageContaining("'NOEQUALS'");
        assertThatThrownBy(() -> overrides.set("web", List.of("CONDUCTOR_SERVICE_DIR=/"))).hasMessageContaining("reserved");
        assertThat(host.graph().states().overrides("web")).isEmpty();
    }

    @Test
    void unsetOfAVariableThatIsNotOverriddenFails() {
        assertThatThrownBy(() -> overrides.unset("web", List.of("TAG"))).hasMessageContaining("'TAG'");
    }

    @Test
    void applyLeavesAStoppedServiceStopped() {
        overrides.set("web", List.of("TAG=v2"));

        assertThat(overrides.apply("web", true, DeployListener.SILENT)).contains("not running");
        assertThat(host.systemd().calls()).doesNotContain("start conductor-service@web.service");
        assertThat(overrides.apply("web", false, DeployListener.SILENT)).contains("next 'service deploy web'");
    }

    @Test
    void applyRedeploysARunningServiceWithTheNewValue() {
        host.systemd().set("conductor-service@web.service", "active");
        host.podman().runEverything();
        overrides.set("web", List.of("TAG=v2"));

        String result = overrides.apply("web", true, DeployListener.SILENT);

        assertThat(result).startsWith("redeployed");
        assertThat(host.graph().states().load("web").state()).isEqualTo(DeployState.STABLE);
        assertThat(host.graph().states().revisions("web")).singleElement()
                .satisfies(revision -> assertThat(revision.config()).containsEntry("TAG", "v2"));
    }
}
