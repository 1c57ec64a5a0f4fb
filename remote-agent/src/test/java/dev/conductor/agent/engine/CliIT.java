package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agent's operator commands against a real host: listings, env, templates, commands, logs, config. */
@SandboxTest
class CliIT {

    private static AgentHost agent;

    @BeforeAll
    static void installAndStart(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        host.execOk("sed", "-i", "s/\"ROUTE_PATH\": \"\\/hello\",/\"ROUTE_PATH\": \"\\/hello\", \"DB_PASSWORD\": \"hunter2\",/",
                "/etc/conductor/services/hello/conductor-service.json");
        agent.addSample("hello", "elsewhere");
        host.execOk("sed", "-i", "s/\"app_name\": \"hello\",/\"app_name\": \"hello\", \"conditions\": {\"labels\": {\"tier\": \"db\"}},/",
                "/etc/conductor/services/elsewhere/conductor-service.json");
        agent.agentOk("reload");
    }

    @Test
    void listingsShowStateAddressesAndDisplayColumnsButNoSecrets() {
        String services = agent.agentOk("service", "ls").stdout();
        assertThat(services.lines().findFirst().orElseThrow())
                .matches("NAME +APP +INSTANCE +STATE +DEPLOYMENTS +FUNCTIONS +TAG");
        assertThat(services).containsPattern("hello +hello +demo +Stable +hello-r1 +0 +v1")
                .containsPattern("elsewhere .*not here");
        String deployments = agent.agentOk("deployment", "ls").stdout();
        assertThat(deployments).containsPattern("hello-r1 +hello +active/Running +\\d+\\.\\d+\\.\\d+\\.\\d+ +v1");
        String show = agent.agentOk("service", "show", "hello").stdout();
        assertThat(show).contains("hello-r1").doesNotContain("hunter2");
        assertThat(agent.agentOk("service", "show", "hello", "--json").stdout()).doesNotContain("hunter2");
    }

    @Test
    void envAndTemplatesShowWhatScriptsGet() {
        assertThat(agent.agentOk("service", "env", "hello").stdout())
                .contains("CONDUCTOR_SERVICE_NAME=hello", "TAG=v1", "DB_PASSWORD=********").doesNotContain("hunter2");
        assertThat(agent.agentOk("deployment", "env", "hello-r1").stdout())
                .contains("CONDUCTOR_DEPLOYMENT=hello-r1").containsPattern("POD_IP_ADDRESS=\\d+");
        assertThat(agent.agentOk("_", "service", "template", "hello", "proxy-config.template").stdout().strip())
                .isEqualTo("[]");
        assertThat(agent.agentOk("_", "deployment", "template", "hello-r1", "pod.template").stdout())
                .contains("name: hello-r1", "image: localhost/conductor-test-web:v1");
    }

    @Test
    void commandsRunInADeploymentAndPassTheExitCodeThrough() {
        assertThat(agent.agentOk("run", "-s", "hello").stdout()).contains("version", "Print the version");
        assertThat(agent.agentOk("run", "-s", "hello", "version").stdout().strip()).isEqualTo("v1");
        agent.host().writeFile("/etc/conductor/services/hello/fail.cmd", "#!/bin/sh\necho \"args: $*\"\nexit 42\n");
        agent.host().execOk("chmod", "+x", "/etc/conductor/services/hello/fail.cmd");
        agent.host().execOk("sed", "-i", "s/\"commands\": {/\"commands\": {\"fail\": {\"service\": true, \"exec\": [\".\\/fail.cmd\"]},/",
                "/etc/conductor/services/hello/conductor-service.json");
        ExecResult fail = agent.agent("run", "-s", "hello", "fail", "a b", "$(id)");
        assertThat(fail.exitCode()).isEqualTo(42);
        assertThat(fail.stdout()).contains("args: a b $(id)");
    }

    @Test
    void logsShowTheJournalOfTheServiceAndItsDeployments() {
        agent.agentOk("run", "-s", "hello", "version");
        ExecResult logs = agent.agentOk("service", "logs", "hello", "-n", "200");
        assertThat(logs.stdout()).contains("hello-r1");
        ExecResult deploymentLogs = agent.agentOk("deployment", "logs", "hello-r1", "-n", "50");
        assertThat(deploymentLogs.stdout()).containsPattern("GET|hello-r1");
    }
}
