package dev.conductor.agent.deployment;

import dev.conductor.protocol.DeploymentRow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.TestEngine;
import dev.conductor.spec.Secrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentListingTest {

    @TempDir
    Path root;

    @Test
    void listsStateAddressAndRevisionDisplayValuesMasked() {
        TestEngine host = new TestEngine(root)
                .service("web", "{\"config\": {\"TAG\": \"file\"}, \"display_deployment_config\": [\"TAG\", \"SECRET_KEY\"]}")
                .service("api", "{\"display_deployment_config\": [\"REGION\"]}");
        host.graph().deployments().create(new DeploymentRecord("web-r2", "web", "", 2,
                Map.of("TAG", "v2", "SECRET_KEY", "s3cr3t")));
        host.graph().deployments().create(new DeploymentRecord("api-worker-r1", "api", "worker", 1,
                Map.of("REGION", "eu")));
        host.systemd().set("conductor-deployment@web-r2.service", "active")
                .set("conductor-deployment@api-worker-r1.service", "failed");
        host.podman().pod("web-r2", "Running", "10.88.0.5");

        List<DeploymentRow> rows = host.graph().deploymentListing().list();

        assertThat(rows).extracting(DeploymentRow::name).containsExactly("api-worker-r1", "web-r2");
        DeploymentRow api = rows.get(0);
        DeploymentRow web = rows.get(1);
        assertThat(api.state()).isEqualTo("failed/no pod");
        assertThat(api.part()).isEqualTo("worker");
        assertThat(api.display()).containsExactly(Map.entry("REGION", "eu"));
        assertThat(web.state()).isEqualTo("active/Running");
        assertThat(web.ip()).isEqualTo("10.88.0.5");
        assertThat(web.display()).containsExactly(Map.entry("TAG", "v2"), Map.entry("SECRET_KEY", Secrets.MASK));
        assertThat(host.systemd().count("list")).isEqualTo(1);
        assertThat(host.systemd().count("state")).isZero();
    }

    @Test
    void deploymentOfABrokenServiceIsListedWithoutColumns() {
        TestEngine host = new TestEngine(root).service("web", "{,");
        host.graph().deployments().create(new DeploymentRecord("web-r1", "web", "", 1, Map.of("TAG", "v1")));

        assertThat(host.graph().deploymentListing().list()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo("inactive/no pod");
            assertThat(row.display()).isEmpty();
        });
    }
}
