package dev.conductor.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentContextTest {

    @TempDir
    Path serviceDir;
    @TempDir
    Path deploymentDir;

    @Test
    void addsTheDeploymentVariablesAfterTheServiceOnes() {
        DeploymentContext context = new DeploymentContext(
                TestContexts.service(serviceDir, Map.of("TAG", "v1")), "api", "web-api-r7", 7, deploymentDir, null);

        List<String> names = List.copyOf(context.environment().keySet());
        assertThat(names.subList(names.indexOf("CONDUCTOR_SERVICE_CONFIG_UNIT") + 1, names.size())).containsExactly(
                "CONDUCTOR_SERVICE_PART", "CONDUCTOR_DEPLOYMENT", "CONDUCTOR_DEPLOYMENT_UNIT",
                "CONDUCTOR_DEPLOYMENT_CONFIG_UNIT", "CONDUCTOR_DEPLOYMENT_DIR", "CONDUCTOR_REVISION", "POD_NAME");
        assertThat(context.environment())
                .containsEntry("TAG", "v1")
                .containsEntry("CONDUCTOR_SERVICE_PART", "api")
                .containsEntry("CONDUCTOR_DEPLOYMENT", "web-api-r7")
                .containsEntry("CONDUCTOR_DEPLOYMENT_UNIT", "conductor-deployment@web-api-r7.service")
                .containsEntry("CONDUCTOR_DEPLOYMENT_CONFIG_UNIT", "conductor-deployment-config@web-api-r7.service")
                .containsEntry("CONDUCTOR_DEPLOYMENT_DIR", deploymentDir.toString())
                .containsEntry("CONDUCTOR_REVISION", "7")
                .containsEntry("POD_NAME", "web-api-r7")
                .containsEntry("CONDUCTOR_SERVICE_DIR", serviceDir.toString());
    }

    @Test
    void podAddressIsPresentOnlyOnceThePodRuns() {
        DeploymentContext starting = TestContexts.deployment(serviceDir, deploymentDir, Map.of());
        DeploymentContext running = starting.withPodIp("10.88.0.5");

        assertThat(starting.environment()).doesNotContainKey("POD_IP_ADDRESS");
        assertThat(ChildEnvironment.of(starting).variables()).doesNotContainKey("POD_IP_ADDRESS");
        assertThat(ChildEnvironment.of(running).variables()).containsEntry("POD_IP_ADDRESS", "10.88.0.5");
        assertThat(running.environment().keySet()).endsWith("POD_NAME", "POD_IP_ADDRESS");
        assertThat(running.withPodIp(null)).isEqualTo(starting);
    }

    @Test
    void deploymentVariablesWinOverConfigKeysOfTheSameName() {
        DeploymentContext context = TestContexts.deployment(serviceDir, deploymentDir,
                Map.of("POD_NAME", "spoofed", "CONDUCTOR_REVISION", "99"));

        assertThat(context.environment()).containsEntry("POD_NAME", "web-r3").containsEntry("CONDUCTOR_REVISION", "3");
    }

    @Test
    void childRunsInTheDeploymentDirectory() throws Exception {
        Path real = Files.createDirectory(deploymentDir.resolve("web-r3"));
        ChildEnvironment child = ChildEnvironment.of(TestContexts.deployment(serviceDir, real, Map.of()));

        assertThat(child.workingDirectory()).isEqualTo(real.toString());
        assertThat(child.variables()).containsEntry("CONDUCTOR_DEPLOYMENT", "web-r3");
    }

    @Test
    void describesItselfByDeploymentName() {
        assertThat(TestContexts.deployment(serviceDir, deploymentDir, Map.of()).describe())
                .isEqualTo("deployment 'web-r3'");
    }
}
