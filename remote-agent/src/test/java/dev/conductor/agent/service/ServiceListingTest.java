package dev.conductor.agent.service;

import dev.conductor.protocol.ServiceRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conductor.agent.engine.TestEngine;
import dev.conductor.spec.Secrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceListingTest {

    @TempDir
    Path root;
    TestEngine host;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root);
    }

    @Test
    void showsAppInstanceDeploymentsAndDisplayValuesWithSecretsMasked() {
        host.service("web", """
                {"app_name": "shop", "instance_name": "prod",
                 "config": {"TAG": "v1", "DB_PASSWORD": "hunter2"},
                 "display_service_config": ["TAG", "DB_PASSWORD", "MISSING"]}""")
                .serving("web", 2, Map.of("TAG", "v1", "DB_PASSWORD", "hunter2"), "web-r2");
        host.systemd().set("conductor-service@web.service", "active");

        ServiceRow row = only(host.graph().serviceListing().list());

        assertThat(row.app()).isEqualTo("shop");
        assertThat(row.instance()).isEqualTo("prod");
        assertThat(row.state()).isEqualTo("Stable");
        assertThat(row.deployments()).containsExactly("web-r2");
        assertThat(row.display()).containsExactly(Map.entry("TAG", "v1"), Map.entry("DB_PASSWORD", Secrets.MASK),
                Map.entry("MISSING", ""));
    }

    @Test
    void displayValuesAreThoseOfTheServingRevisionNotTheFile() {
        host.service("web", "{\"config\": {\"TAG\": \"v2\"}, \"display_service_config\": [\"TAG\"]}")
                .serving("web", 1, Map.of("TAG", "v1"), "web-r1");
        host.systemd().set("conductor-service@web.service", "active");

        assertThat(only(host.graph().serviceListing().list()).display()).containsExactly(Map.entry("TAG", "v1"));
    }

    @Test
    void displayValuesIncludeOverrides() {
        host.service("web", "{\"config\": {\"TAG\": \"v1\"}, \"display_service_config\": [\"TAG\"]}");
        host.graph().states().saveOverrides("web", Map.of("TAG", "v2"));

        assertThat(only(host.graph().serviceListing().list()).display()).containsEntry("TAG", "v2");
    }

    @Test
    void labelsUnitStateWhenNotActive() {
        host.service("idle", "{}").service("crashed", "{}").service("starting", "{}");
        host.serving("crashed", 1, Map.of(), "crashed-r1");
        host.systemd().set("conductor-service@crashed.service", "failed")
                .set("conductor-service@starting.service", "activating");

        assertThat(host.graph().serviceListing().list()).extracting(ServiceRow::name, ServiceRow::state)
                .containsExactly(tuple("crashed", "Stable (failed)"),
                        tuple("idle", "Init (stopped)"),
                        tuple("starting", "Init (starting)"));
    }

    @Test
    void disabledAndNotHereServicesSayWhy() {
        host.service("off", "{\"disable\": true}")
                .service("paused", "{}")
                .service("elsewhere", "{\"conditions\": {\"hostname\": [\"db-*\"]}}");
        host.graph().catalog().setDisabledByOperator("paused", true);
        host.systemd().set("conductor-service@paused.service", "active");

        List<ServiceRow> rows = host.graph().serviceListing().list();

        assertThat(rows).extracting(ServiceRow::name, ServiceRow::state).containsExactly(
                tuple("elsewhere", "not here"),
                tuple("off", "disabled"),
                tuple("paused", "disabled (still running)"));
        assertThat(rows.get(0).reason()).contains("test-host");
    }

    @Test
    void brokenServiceIsListedWithItsErrorAndStillRunningDeployments() {
        host.service("good", "{}").service("bad", "{\n  \"config\": [1,\n}")
                .serving("bad", 1, Map.of(), "bad-r1");

        List<ServiceRow> rows = host.graph().serviceListing().list();

        assertThat(rows).extracting(ServiceRow::name).containsExactly("bad", "good");
        assertThat(rows.get(0).state()).isEqualTo("broken");
        assertThat(rows.get(0).error()).contains("conductor-service.json");
        assertThat(rows.get(0).deployments()).containsExactly("bad-r1");
        assertThat(rows.get(1).error()).isNull();
    }

    @Test
    void runningServiceWhoseFilesAreGoneIsListed() {
        host.serving("old", 4, Map.of(), "old-r4");
        host.systemd().set("conductor-service@old.service", "active");

        ServiceRow row = only(host.graph().serviceListing().list());

        assertThat(row.name()).isEqualTo("old");
        assertThat(row.state()).isEqualTo("Stable (files gone)");
        assertThat(row.deployments()).containsExactly("old-r4");
    }

    @Test
    void hundredServicesCostOneSystemdQueryAndNoPodmanCall() {
        for (int i = 0; i < 100; i++) {
            host.service(String.format("svc%03d", i), "{\"config\": {\"N\": \"" + i + "\"},"
                    + " \"display_service_config\": [\"N\"]}");
            host.systemd().set(String.format("conductor-service@svc%03d.service", i), "active");
        }
        long started = System.nanoTime();

        List<ServiceRow> rows = host.graph().serviceListing().list();

        assertThat(rows).hasSize(100).allSatisfy(row -> assertThat(row.state()).isEqualTo("Init"));
        assertThat(host.systemd().calls()).containsExactly("list conductor-service@*.service");
        assertThat(host.podman().calls()).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
    }

    private static ServiceRow only(List<ServiceRow> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
