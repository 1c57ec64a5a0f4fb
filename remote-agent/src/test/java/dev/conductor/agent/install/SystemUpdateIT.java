package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code system update} on a real host serving the sample: to a jar that differs from the installed
 * one (the same build with one more file), to a jar that says it is an agent but whose daemon never
 * answers (rolled back), and refused while a deploy is under way.
 */
@SandboxTest(host = "pkg-it-3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemUpdateIT {

    private static final String JAR = InstallLayout.JAR;
    // prints what an agent prints for --version, and fails as a daemon
    private static final String IMPOSTOR = "public class Main { public static void main(String[] a) {"
            + " if (a.length == 1 && a[0].equals(\"--version\")) { System.out.println(\"conductor-agent 9.9.9\"); }"
            + " else { System.exit(1); } } }";
    private static AgentHost agent;

    @BeforeAll
    static void installAndServeTheSample(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        agent.agentOk("service", "deploy", "hello");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    @Order(1)
    void updatesToAnotherJarKeepingThePreviousAndTheServiceServes(SandboxHost host) {
        host.execOk("sh", "-c", "cp /tmp/conductor-agent.jar /tmp/new.jar && cd /tmp && echo update > marker.txt"
                + " && jar uf new.jar marker.txt");
        String installed = sha256(host, JAR);
        String incoming = sha256(host, "/tmp/new.jar");
        assertThat(incoming).isNotEqualTo(installed);
        String pid = mainPid(host);

        ExecResult update = agent.agentOk("system", "update", "--jar", "/tmp/new.jar", "--sha256", incoming, "--json");
        assertThat(update.stdout()).contains("\"ok\" : true");
        assertThat(sha256(host, JAR)).isEqualTo(incoming);
        assertThat(sha256(host, JAR + ".previous")).isEqualTo(installed);
        assertThat(mainPid(host)).as("the resident agent's pid").isNotEqualTo(pid);
        assertThat(agent.agentOk("service", "ls").stdout()).contains("hello");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    @Order(2)
    void refusesAJarWithAnotherSha256(SandboxHost host) {
        ExecResult update = agent.agent("system", "update", "--jar", "/tmp/conductor-agent.jar", "--sha256", "00ff");
        assertThat(update.exitCode()).isEqualTo(1);
        assertThat(update.stderr()).contains("not the expected 00ff");
    }

    @Test
    @Order(3)
    void putsThePreviousJarBackWhenTheNewAgentDoesNotAnswer(SandboxHost host) {
        host.writeFile("/tmp/impostor/Main.java", IMPOSTOR);
        host.execOk("sh", "-c", "cd /tmp/impostor && javac Main.java && jar --create --file ../impostor.jar"
                + " --main-class Main Main.class");
        String installed = sha256(host, JAR);

        ExecResult update = agent.agent("system", "update", "--jar", "/tmp/impostor.jar", "--timeout", "5");
        assertThat(update.exitCode()).as("stdout: %s", update.stdout()).isEqualTo(1);
        assertThat(update.stdout()).contains("conductor-agent 9.9.9");
        assertThat(update.stderr()).contains("did not answer on /run/conductor/agent.sock within 5 s")
                .contains("the previous jar is back and answers");
        assertThat(sha256(host, JAR)).isEqualTo(installed);
        assertThat(agent.agentOk("service", "ls").stdout()).contains("hello");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    @Order(4)
    void refusesWhileADeployIsUnderWayNamingIt(SandboxHost host) {
        agent.addSample("hello", "slow");
        // its own route, and never healthy: the deploy waits until its health timeout
        host.execOk("sed", "-i", "-e", "s|\"/hello\"|\"/slow\"|", "-e",
                "s|\"expected_status\": 200|\"expected_status\": 599|",
                "/etc/conductor/services/slow/conductor-service.json");
        host.execOk("sh", "-c", "setsid conductor-agent service deploy slow </dev/null >/tmp/slow.log 2>&1 &");
        agent.awaitTrue("slow deploying", () -> host.exec("grep", "-q", "\"Wait\"",
                "/var/lib/conductor/services/slow/state.json").succeeded());
        String installed = sha256(host, JAR);

        ExecResult update = agent.agent("system", "update", "--jar", "/tmp/new.jar");
        assertThat(update.exitCode()).isEqualTo(1);
        assertThat(update.stderr()).contains("refused while deploying slow");
        assertThat(sha256(host, JAR)).isEqualTo(installed);
    }

    private static String sha256(SandboxHost host, String file) {
        return host.execOk("sha256sum", file).stdout().split(" ")[0];
    }

    private static String mainPid(SandboxHost host) {
        return host.execOk("systemctl", "show", "-p", "MainPID", "--value", "conductor-agent.service").stdout().strip();
    }
}
