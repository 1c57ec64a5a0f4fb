package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deploys that fail in each way a deploy can fail: the old deployment keeps serving, nothing is left over. */
@SandboxTest
class DeployFailuresIT {

    private static final String DIR = "/etc/conductor/services/hello/";
    private static AgentHost agent;

    @BeforeAll
    static void installAndStart(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        host.execOk("cp", DIR + "pod.template", "/root/pod.template.good");
        agent.agentOk("reload");
    }

    @AfterEach
    void restoreAndCheckNothingIsLeft() {
        agent.host().execOk("cp", "/root/pod.template.good", DIR + "pod.template");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.pods()).containsExactly("hello-r1");
        assertThat(agent.deploymentUnits()).containsExactly("conductor-deployment@hello-r1.service");
        assertThat(agent.caddyIds("-route")).containsExactly("hello-r1-route");
        assertThat(agent.host().exec("ls", "/run/conductor/deployments").stdout().lines().toList())
                .containsExactly("hello-r1");
    }

    @Test
    void templateThatExitsNonZero() {
        agent.host().writeFile(DIR + "pod.template", "#!/bin/sh\necho 'no TAG for this host' >&2\nexit 3\n");
        ExecResult deploy = agent.agent("service", "deploy", "hello");
        assertThat(deploy.exitCode()).isEqualTo(4);
        assertThat(deploy.stderr()).contains("pod.template").contains("no TAG for this host")
                .contains("revision 1 still serves");
    }

    @Test
    void badYaml() {
        agent.host().writeFile(DIR + "pod.template", "#!/bin/sh\necho 'kind: Pod\nspec: [unclosed'\n");
        ExecResult deploy = agent.agent("service", "deploy", "hello");
        assertThat(deploy.exitCode()).isEqualTo(4);
        assertThat(deploy.stderr()).contains("revision").contains("failed").contains("still serves");
    }

    @Test
    void unhealthyNewPod() {
        agent.host().execOk("sh", "-c", "sed 's/name: web/name: web\\n      command: [\"\\/bin\\/sh\", \"-c\", \"sleep 600\"]/' "
                + "/root/pod.template.good > " + DIR + "pod.template");
        ExecResult deploy = agent.agent("service", "deploy", "hello", "--timeout", "4");
        assertThat(deploy.exitCode()).isEqualTo(4);
        assertThat(deploy.stderr()).contains("not healthy after 4 s").contains(":8080/").contains("still serves");
    }
}
