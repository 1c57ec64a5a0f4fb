package dev.conductor.agent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.agent.engine.UnknownServiceException;
import dev.conductor.protocol.method.ServiceDetails;
import dev.conductor.spec.Secrets;
import dev.conductor.spec.load.ServiceFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceDescriberTest {

    private static final String WEB = """
            {"app_name": "shop", "instance_name": "prod",
             "config": {"TAG": "v3", "API_TOKEN": "t0k3n"},
             "pods": [{"name": "", "pod_template": "./pod.sh"}, {"name": "worker", "pod_template": "./worker.sh"}],
             "hooks": [{"id": "warm", "when": "post-start", "exec": ["./warm.sh"]}],
             "commands": {"migrate": {"service": true, "description": "Run migrations", "exec": ["./migrate.sh"]}},
             "health_check": {"port": 8080, "path": "/health"},
             "display_service_deployment_config": ["TAG", "API_TOKEN"]}""";

    @TempDir
    Path root;
    TestEngine host;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", WEB);
    }

    @Test
    void describesTheServiceWithDeploymentColumnsFromTheRevisionConfig() {
        host.serving("web", 2, Map.of("TAG", "v2", "API_TOKEN", "old"), "web-r2");
        host.graph().deployments().create(new DeploymentRecord("web-worker-r2", "web", "worker", 2,
                Map.of("TAG", "v2-worker")));
        host.graph().states().save("web", host.graph().states().load("web").held(2, "hash"));
        host.systemd().set("conductor-service@web.service", "active");

        ServiceDetails details = host.graph().serviceDescriber().describe("web");

        assertThat(details.state()).isEqualTo("Stable");
        assertThat(details.hold()).isEqualTo(2);
        assertThat(details.current().deployments()).containsExactly("web-r2");
        assertThat(details.healthCheck().port()).isEqualTo(8080);
        assertThat(details.pods()).hasSize(2);
        assertThat(details.hooks()).extracting(hook -> hook.id()).containsExactly("warm");
        assertThat(details.commands()).containsKey("migrate");
        assertThat(details.deployments()).singleElement().satisfies(dep -> {
            assertThat(dep.name()).isEqualTo("web-r2");
            assertThat(dep.display()).containsExactly(Map.entry("TAG", "v2"), Map.entry("API_TOKEN", Secrets.MASK));
        });
    }

    @Test
    void configIsEffectiveAndMaskedWithOverridesNamed() {
        host.graph().states().saveOverrides("web", Map.of("TAG", "v4"));

        ServiceDetails details = host.graph().serviceDescriber().describe("web");

        assertThat(details.config()).containsExactly(Map.entry("TAG", "v4"), Map.entry("API_TOKEN", Secrets.MASK));
        assertThat(details.overridden()).containsExactly("TAG");
        assertThat(details.state()).isEqualTo("Init (stopped)");
    }

    @Test
    void deploymentWhoseDirectoryIsGoneUsesTheRevisionSnapshot() {
        host.serving("web", 1, Map.of("TAG", "v1"), "web-r1");
        host.graph().deployments().remove("web-r1");

        assertThat(host.graph().serviceDescriber().describe("web").deployments())
                .singleElement().satisfies(dep -> assertThat(dep.display()).containsEntry("TAG", "v1"));
    }

    @Test
    void unknownAndBrokenServicesFail() {
        host.service("bad", "{\"pods\": 3}");

        assertThatThrownBy(() -> host.graph().serviceDescriber().describe("nope"))
                .isInstanceOf(UnknownServiceException.class).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> host.graph().serviceDescriber().describe("bad"))
                .isInstanceOf(ServiceFileException.class);
    }
}
