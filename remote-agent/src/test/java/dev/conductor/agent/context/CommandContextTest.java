package dev.conductor.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandContextTest {

    @TempDir
    Path serviceDir;
    @TempDir
    Path deploymentDir;
    @TempDir
    Path invokedFrom;

    @Test
    void addsTheCommandVariablesToAServiceContext() {
        CommandContext context = new CommandContext(
                TestContexts.service(serviceDir, Map.of("TAG", "v1")), "migrate", invokedFrom);

        ChildEnvironment child = ChildEnvironment.of(context);
        assertThat(child.workingDirectory()).isEqualTo(serviceDir.toString());
        assertThat(child.variables())
                .containsEntry("TAG", "v1")
                .containsEntry("CONDUCTOR_COMMAND", "migrate")
                .containsEntry("CONDUCTOR_COMMAND_DIR", invokedFrom.toString());
        assertThat(context.environment().keySet()).endsWith("CONDUCTOR_COMMAND", "CONDUCTOR_COMMAND_DIR");
    }

    @Test
    void runsInTheDeploymentDirectoryForADeployment() {
        CommandContext context = new CommandContext(
                TestContexts.deployment(serviceDir, deploymentDir, Map.of()).withPodIp("10.0.0.2"),
                "console", invokedFrom);

        assertThat(context.workingDirectory()).isEqualTo(deploymentDir);
        assertThat(context.environment()).containsEntry("POD_IP_ADDRESS", "10.0.0.2")
                .containsEntry("CONDUCTOR_COMMAND", "console");
        assertThat(context.describe()).isEqualTo("command 'console' of deployment 'web-r3'");
    }
}
