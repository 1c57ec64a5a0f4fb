package dev.conductor.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void namesTheFourTemplateInstances() {
        assertThat(UnitNames.service("web")).isEqualTo("conductor-service@web.service");
        assertThat(UnitNames.serviceConfig("web")).isEqualTo("conductor-service-config@web.service");
        assertThat(UnitNames.deployment("web-api-r12")).isEqualTo("conductor-deployment@web-api-r12.service");
        assertThat(UnitNames.deploymentConfig("web-r1")).isEqualTo("conductor-deployment-config@web-r1.service");
    }
}
