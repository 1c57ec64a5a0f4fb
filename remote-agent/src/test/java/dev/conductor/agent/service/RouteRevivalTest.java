package dev.conductor.agent.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.InMemorySystemd;
import org.junit.jupiter.api.Test;

class RouteRevivalTest {

    @Test
    void queuesTheConfigUnitsOfRunningServicesAndDeploymentsOnly() {
        InMemorySystemd systemd = new InMemorySystemd()
                .set("conductor-service@web.service", "active")
                .set("conductor-service-config@web.service", "inactive")
                .set("conductor-deployment@web-r2.service", "active")
                .set("conductor-deployment-config@web-r2.service", "inactive")
                .set("conductor-deployment@old-r1.service", "inactive")
                .set("conductor-service@api.service", "active")
                .set("conductor-service-config@api.service", "active");

        assertThat(new RouteRevival(systemd).revive()).containsExactly(
                "conductor-service-config@web.service", "conductor-deployment-config@web-r2.service");
        assertThat(systemd.calls()).contains("start-queued conductor-deployment-config@web-r2.service")
                .noneMatch(call -> call.contains("old-r1") && call.startsWith("start"))
                .noneMatch(call -> call.equals("start-queued conductor-service-config@api.service"));
    }
}
