package dev.conductor.agent.template;

import static dev.conductor.agent.context.TestContexts.deployment;
import static dev.conductor.agent.context.TestContexts.script;
import static dev.conductor.agent.context.TestContexts.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.LocalProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRunnerTest {

    private final TemplateRunner runner = new TemplateRunner(new LocalProcessRunner());

    @TempDir
    Path serviceDir;
    @TempDir
    Path deploymentDir;

    @Test
    void returnsWhatTheTemplatePrintedWithTheContextVariables() throws Exception {
        Path template = script(serviceDir, "pod.template", """
                cat <<YAML
                name: $POD_NAME
                image: ${IMAGE}:${TAG}
                YAML""");

        String pod = runner.render(template.toString(),
                deployment(serviceDir, deploymentDir, Map.of("IMAGE", "example.org/web", "TAG", "v2")));

        assertThat(pod).isEqualTo("name: web-r3\nimage: example.org/web:v2\n");
    }

    @Test
    void valuesArriveVerbatimAndAreNeverEvaluated() throws Exception {
        String hostile = "$(touch pwned) `touch pwned2`; echo ${HOME}";
        Path template = script(serviceDir, "echo.template", "printf '%s' \"$VALUE\"");

        String out = runner.render(template.toString(), service(serviceDir, Map.of("VALUE", hostile)));

        assertThat(out).isEqualTo(hostile);
        assertThat(serviceDir.resolve("pwned")).doesNotExist();
        assertThat(serviceDir.resolve("pwned2")).doesNotExist();
    }

    @Test
    void runsInTheServiceOrTheDeploymentDirectory() throws Exception {
        Path template = script(serviceDir, "pwd.template", "pwd");

        assertThat(runner.render(template.toString(), service(serviceDir, Map.of())).strip())
                .isEqualTo(serviceDir.toString());
        assertThat(runner.render(template.toString(), deployment(serviceDir, deploymentDir, Map.of())).strip())
                .isEqualTo(deploymentDir.toString());
    }

    @Test
    void podAddressTellsADeploymentFromAService() throws Exception {
        Path template = script(serviceDir, "proxy.template",
                "if [ -n \"${POD_IP_ADDRESS+set}\" ]; then echo \"deployment $POD_IP_ADDRESS\"; else echo service; fi");

        assertThat(runner.render(template.toString(), service(serviceDir, Map.of()))).isEqualTo("service\n");
        assertThat(runner.render(template.toString(), deployment(serviceDir, deploymentDir, Map.of())))
                .isEqualTo("service\n");
        assertThat(runner.render(template.toString(),
                deployment(serviceDir, deploymentDir, Map.of()).withPodIp("10.88.0.7")))
                .isEqualTo("deployment 10.88.0.7\n");
    }

    @Test
    void failureNamesTemplateContextExitCodeAndTheTailOfStderr() throws Exception {
        Path template = script(serviceDir, "bad.template", """
                echo 'SECRET=hunter2'
                i=1; while [ $i -le 30 ]; do echo "noise $i" >&2; i=$((i+1)); done
                echo 'DOCKER_TAG is not set' >&2
                exit 3""");

        assertThatThrownBy(() -> runner.render(template.toString(), deployment(serviceDir, deploymentDir, Map.of())))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template '" + template + "' for deployment 'web-r3' exited with code 3: ")
                .hasMessageEndingWith("noise 30\nDOCKER_TAG is not set")
                .message().doesNotContain("noise 5\n").doesNotContain("hunter2");
    }

    @Test
    void silentFailureSaysSo() throws Exception {
        Path template = script(serviceDir, "silent.template", "exit 1");

        assertThatThrownBy(() -> runner.render(template.toString(), service(serviceDir, Map.of())))
                .hasMessage("template '" + template + "' for service 'web' exited with code 1"
                        + " and printed nothing on stderr");
    }

    @Test
    void timeoutKillsTheTemplate() throws Exception {
        Path template = script(serviceDir, "slow.template", "echo 'waiting for vault' >&2; sleep 30");
        Instant start = Instant.now();

        assertThatThrownBy(() -> runner.render(template.toString(), service(serviceDir, Map.of()),
                Duration.ofMillis(300)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template '" + template + "' for service 'web' timed out")
                .hasMessageContaining("waiting for vault");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void notExecutableOrMissingIsATemplateError() throws Exception {
        Path notExecutable = Files.writeString(serviceDir.resolve("plain.template"), "echo hi\n");
        Path missing = serviceDir.resolve("missing.template");

        assertThatThrownBy(() -> runner.render(notExecutable.toString(), service(serviceDir, Map.of())))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template '" + notExecutable + "' for service 'web' could not run");
        assertThatThrownBy(() -> runner.render(missing.toString(), service(serviceDir, Map.of())))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template '" + missing + "'");
    }

    @Test
    void defaultTimeoutIsThirtySeconds() {
        assertThat(TemplateRunner.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
    }
}
