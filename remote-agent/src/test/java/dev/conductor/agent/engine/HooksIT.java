package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Hooks and templates on a real host: their variables, directories, and a failing pre-start. */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HooksIT {

    private static final String DIR = "/etc/conductor/services/hooked/";
    private static AgentHost agent;

    @BeforeAll
    static void install(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hooked");
        host.writeFile(DIR + "conductor-service.json", """
                {
                  "inherit": "../../../../usr/local/share/conductor-test/base.json",
                  "instance_name": "test",
                  "config": {"TAG": "v1", "GREETING": "hello $(touch /tmp/pwned) world"},
                  "hooks": [
                    {"id": "env", "when": "pre-start", "exec": ["./dump.hook", "pre-start"]},
                    {"id": "ip", "when": "post-start", "exec": ["./dump.hook", "post-start"]},
                    {"id": "gate", "when": "pre-start", "exec": ["./gate.hook"]},
                    {"id": "svc", "when": "pre-start-service", "exec": ["./dump.hook", "pre-start-service"]}
                  ]
                }
                """);
        host.writeFile("/usr/local/share/conductor-test/base.json", """
                {"app_name": "hooks-app", "config": {"IMAGE": "localhost/conductor-test-web", "ROUTE_PATH": "/hooked"},
                 "pods": [{"name": "", "pod_template": "/etc/conductor/services/hooked/pod.template"}],
                 "proxy_config_template": "/etc/conductor/services/hooked/proxy-config.template"}
                """);
        host.writeFile(DIR + "dump.hook", "#!/bin/sh\n{ echo \"PWD=$(pwd)\"; env | sort; } > /tmp/hook-$1.env\n");
        host.writeFile(DIR + "gate.hook", "#!/bin/sh\n[ ! -e /tmp/gate-closed ] || { echo 'database not ready' >&2; exit 7; }\n");
        host.execOk("chmod", "+x", DIR + "dump.hook", DIR + "gate.hook");
    }

    @Test
    @Order(1)
    void hooksSeeTheConfigAndConductorVariablesInTheirDirectory() {
        agent.agentOk("reload");
        assertThat(agent.viaCaddy("/hooked/")).isEqualTo("200 v1");

        String service = agent.host().readFile("/tmp/hook-pre-start-service.env");
        assertThat(service).contains("PWD=/etc/conductor/services/hooked", "CONDUCTOR_APP=hooks-app",
                "CONDUCTOR_INSTANCE=test", "CONDUCTOR_SERVICE_NAME=hooked", "CONDUCTOR_SERVICE_DIR=" + DIR.replaceAll("/$", ""),
                "CONDUCTOR_SERVICE_UNIT=conductor-service@hooked.service",
                "CONDUCTOR_SERVICE_CONFIG_UNIT=conductor-service-config@hooked.service",
                "GREETING=hello $(touch /tmp/pwned) world").doesNotContain("POD_IP_ADDRESS", "CONDUCTOR_DEPLOYMENT=");

        String preStart = agent.host().readFile("/tmp/hook-pre-start.env");
        assertThat(preStart).contains("PWD=/run/conductor/deployments/hooked-r1", "CONDUCTOR_SERVICE_PART=",
                "CONDUCTOR_DEPLOYMENT=hooked-r1", "CONDUCTOR_DEPLOYMENT_UNIT=conductor-deployment@hooked-r1.service",
                "CONDUCTOR_DEPLOYMENT_CONFIG_UNIT=conductor-deployment-config@hooked-r1.service", "POD_NAME=hooked-r1")
                .doesNotContain("POD_IP_ADDRESS");
        assertThat(agent.host().readFile("/tmp/hook-post-start.env"))
                .containsPattern("POD_IP_ADDRESS=\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(agent.host().exec("test", "-e", "/tmp/pwned").exitCode()).as("config is never run by a shell").isNotZero();
    }

    @Test
    @Order(2)
    void failingPreStartAbortsTheDeployWithItsOutputAndKeepsTheOldOne() {
        agent.host().execOk("touch", "/tmp/gate-closed");
        agent.host().execOk("sed", "-i", "s/\"TAG\": \"v1\"/\"TAG\": \"v2\"/", DIR + "conductor-service.json");
        ExecResult deploy = agent.agent("service", "deploy", "hooked");
        assertThat(deploy.exitCode()).isEqualTo(4);
        assertThat(deploy.stderr()).contains("gate").contains("database not ready").contains("revision 1 still serves");
        assertThat(agent.viaCaddy("/hooked/")).isEqualTo("200 v1");
        assertThat(agent.pods()).containsExactly("hooked-r1");

        agent.host().execOk("rm", "/tmp/gate-closed");
        agent.agentOk("service", "deploy", "hooked");
        assertThat(agent.viaCaddy("/hooked/")).isEqualTo("200 v2");
    }
}
