package dev.conductor.agent.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an audit and hostile-input probes found (issue 11), each against the resident agent on
 * one sandbox host, with the sample serving /hello throughout: every test ends with it intact.
 */
@SandboxTest
class HardeningIT {

    private static final String SERVICES = "/etc/conductor/services/";
    private static AgentHost agent;

    @BeforeAll
    static void installAgentAndSample(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        agent.agentOk("reload");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    void aDeployOfAServiceWhoseConditionsDoNotMatchIsRefused() {
        agent.addSample("hello", "elsewhere");
        agent.host().execOk("sed", "-i", "s#\"app_name\": \"hello\",#\"app_name\": \"elsewhere\", "
                + "\"conditions\": {\"hostname\": [\"no-such-host\"]},#; s#/hello#/elsewhere#",
                SERVICES + "elsewhere/conductor-service.json");
        agent.agentOk("reload");

        ExecResult deploy = agent.agent("service", "deploy", "elsewhere");

        assertThat(deploy.exitCode()).isNotZero();
        assertThat(deploy.stderr()).contains("cannot deploy service 'elsewhere'", "does not run on this host",
                "conditions do not match", "nothing was changed");
        assertThat(agent.pods()).noneMatch(pod -> pod.startsWith("elsewhere"));
        assertThat(agent.host().exec("systemctl", "is-active", "conductor-service@elsewhere.service").stdout())
                .doesNotStartWith("active");
        remove("elsewhere");
    }

    @Test
    void aRouteThatAnotherServiceServesIsRefusedNamingBoth() {
        agent.addSample("hello", "copycat");
        agent.setConfig("copycat", "TAG", "v2");

        ExecResult start = agent.agent("service", "start", "copycat");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.stdout() + start.stderr()).contains("service 'copycat'", "takes path '/hello",
                "of service 'hello' already serves");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.caddyIds("copycat")).isEmpty();
        remove("copycat");
    }

    @Test
    void healthCheckRetriesFailADeployWithoutWaitingForTheTimeout() {
        agent.addSample("hello", "sickly");
        agent.host().execOk("sed", "-i", "s#\"expected_status\": 200}#\"expected_status\": 418, \"retries\": 2,"
                + " \"interval_sec\": 1}#; s#/hello#/sickly#", SERVICES + "sickly/conductor-service.json");

        ExecResult deploy = agent.agent("service", "deploy", "sickly", "--timeout", "120");

        assertThat(deploy.exitCode()).isNotZero();
        assertThat(deploy.stdout() + deploy.stderr()).contains("not healthy after 2 failed probes",
                "answered 200, expected 418");
        assertThat(agent.pods()).noneMatch(pod -> pod.startsWith("sickly"));
        remove("sickly");
    }

    @Test
    void aHugeInheritedFileIsRefusedAndEveryOtherServiceStillWorks() {
        agent.host().execOk("mkdir", "-p", SERVICES + "huge");
        agent.host().execOk("truncate", "-s", "3G", "/root/huge.json");
        agent.host().writeFile(SERVICES + "huge/conductor-service.json", "{\"inherit\": [\"/root/huge.json\"]}");

        ExecResult check = agent.agent("check");
        ExecResult list = agent.agent("service", "ls");

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.stdout() + check.stderr()).contains("/root/huge.json", "larger than 1024 KiB");
        assertThat(list.exitCode()).isZero();
        assertThat(list.stdout()).contains("hello").contains("huge");
        ExecResult reload = agent.agent("reload");
        assertThat(reload.exitCode()).isEqualTo(3); // a broken file, reported; the others applied
        assertThat(reload.stdout()).contains("huge", "larger than 1024 KiB");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        agent.host().execOk("rm", "-rf", SERVICES + "huge", "/root/huge.json");
        agent.agentOk("reload");
    }

    @Test
    void aTemplateThatPrintsMoreThan16MiBFailsClearly() {
        agent.addSample("hello", "chatty");
        agent.host().execOk("sed", "-i", "s#/hello#/chatty#", SERVICES + "chatty/conductor-service.json");
        agent.host().writeFile(SERVICES + "chatty/proxy-config.template",
                "#!/bin/sh\n[ -z \"$POD_IP_ADDRESS\" ] && { echo '[]'; exit 0; }\nhead -c 17000000 /dev/zero | tr '\\0' ' '\necho '[]'\n");
        agent.host().execOk("chmod", "+x", SERVICES + "chatty/proxy-config.template");

        ExecResult start = agent.agent("service", "start", "chatty");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.stdout() + start.stderr()).contains("proxy-config.template", "printed more than 16 MiB");
        assertThat(agent.pods()).noneMatch(pod -> pod.startsWith("chatty"));
        remove("chatty");
    }

    @Test
    void checkRefusesAConfigKeyThatIsNoVariableName() {
        agent.addSample("hello", "badkey");
        agent.host().execOk("sed", "-i", "s#\"TAG\": \"v1\",#\"TAG\": \"v1\", \"BAD-KEY\": \"x\",#",
                SERVICES + "badkey/conductor-service.json");

        ExecResult check = agent.agent("check");

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.stdout() + check.stderr()).contains("badkey", "/config/BAD-KEY",
                "not a valid environment variable name");
        remove("badkey");
    }

    @Test
    void aPodTemplateNamingAnotherPodIsRefusedBeforeAnyPodRuns() {
        agent.addSample("hello", "misnamed");
        agent.host().execOk("sed", "-i", "s#/hello#/misnamed#", SERVICES + "misnamed/conductor-service.json");
        agent.host().execOk("sed", "-i", "s#name: ${POD_NAME}#name: someone-else#", SERVICES + "misnamed/pod.template");

        ExecResult start = agent.agent("service", "start", "misnamed");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.stdout() + start.stderr()).contains("names its pod ['someone-else']", "must be $POD_NAME");
        assertThat(agent.pods()).noneMatch(pod -> pod.startsWith("someone-else") || pod.startsWith("misnamed"));
        remove("misnamed");
    }

    @Test
    void aServiceWithoutPodsStartsAndItsRoutesFollowItsConfig() {
        podless("podless", "/podless", "$MESSAGE");

        agent.agentOk("reload");
        assertThat(agent.agentOk("service", "ls").stdout()).containsPattern("podless\\s.*Stable");
        assertThat(agent.viaCaddy("/podless")).isEqualTo("200 one");
        agent.agentOk("service", "config", "set", "podless", "MESSAGE=two");

        assertThat(agent.viaCaddy("/podless")).isEqualTo("200 two");
        remove("podless");
        assertThat(agent.viaCaddy("/podless")).doesNotContain("two");
    }

    @Test
    void aDeploymentRouteThatAnEarlierRouteWouldShadowIsRefused() {
        podless("blocker", "/shadowed", "first come");
        agent.agentOk("reload");
        agent.addSample("hello", "shadowed");
        agent.host().execOk("sed", "-i", "s#/hello#/shadowed#", SERVICES + "shadowed/conductor-service.json");

        ExecResult start = agent.agent("service", "start", "shadowed");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.stdout() + start.stderr()).contains("would never answer", "route 'blocker-message' before it");
        assertThat(agent.viaCaddy("/shadowed")).isEqualTo("200 first come");
        assertThat(agent.caddyIds("shadowed-r")).isEmpty();
        remove("shadowed");
        remove("blocker");
    }

    @Test
    void aDeployWithRunFullFailsWithTheDeployCodeAndLeavesNothingHalfDone() {
        agent.setConfig("hello", "TAG", "v2");
        agent.host().execOk("mount", "-o", "remount,size=64m", "/run");
        ExecResult deploy;
        try {
            agent.host().exec("dd", "if=/dev/zero", "of=/run/fill", "bs=64k"); // until no space is left
            deploy = agent.agent("service", "deploy", "hello");
        } finally {
            agent.host().execOk("rm", "-f", "/run/fill");
            agent.setConfig("hello", "TAG", "v1");
        }

        assertThat(deploy.exitCode()).isEqualTo(4);
        assertThat(deploy.stderr()).contains("failed", "still serves");
        assertThat(agent.host().execOk("cat", "/var/lib/conductor/services/hello/state.json").stdout())
                .doesNotContain("WaitNext");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.pods()).hasSize(1);
        assertThat(agent.agentOk("reload").stdout()).doesNotContain("redeployed");
    }

    @Test
    void hostileProtocolInputGetsErrorsAndTheAgentServesOn() {
        ExecResult session = agent.host().exec("sh", "-c", "{ echo null; echo '{\"id\": \"x\"}';"
                + " head -c 2000000 /dev/zero | tr '\\0' x; echo;"
                + " echo '{\"type\":\"request\",\"id\":\"after\",\"method\":\"services.list\",\"params\":{}}'; }"
                + " | timeout 60 conductor-agent serve --stdio");

        assertThat(session.stdout()).contains("a message is a JSON object", "a message needs a \\\"type\\\"",
                "longer than the 1048576 a message may be").containsPattern("\"type\":\"response\",\"id\":\"after\"");
        assertThat(session.stdout().length()).isLessThan(100_000);
        assertThat(agent.host().exec("systemctl", "is-active", "conductor-agent.service").stdout()).startsWith("active");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    /** A service without pods whose one service-level route answers {@code body} (may use $MESSAGE) at {@code path}. */
    private static void podless(String name, String path, String body) {
        agent.host().writeFile(SERVICES + name + "/conductor-service.json", "{\"config\": {\"MESSAGE\": \"one\"},"
                + " \"proxy_config_template\": \"./routes\"}");
        agent.host().writeFile(SERVICES + name + "/routes", "#!/bin/sh\n[ -n \"$POD_IP_ADDRESS\" ] && { echo '[]'; exit 0; }\n"
                + "printf '[{\"id\": \"conductor-server/routes\", \"config\": {\"@id\": \"" + name + "-message\", "
                + "\"match\": [{\"path\": [\"" + path + "\"]}], \"handle\": [{\"handler\": \"static_response\", "
                + "\"body\": \"%s\"}]}}]' \"" + body + "\"\n");
        agent.host().execOk("chmod", "+x", SERVICES + name + "/routes");
    }

    private static void remove(String service) {
        agent.agent("service", "stop", service);
        agent.host().execOk("rm", "-rf", SERVICES + service);
        agent.agentOk("reload");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }
}
