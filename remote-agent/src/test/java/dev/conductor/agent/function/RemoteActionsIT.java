package dev.conductor.agent.function;

import static dev.conductor.agent.function.FunctionClient.bearer;
import static dev.conductor.agent.function.FunctionClient.lastLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Remote actions through Caddy and the policy check to the resident agent, on a sandbox host. */
@SandboxTest
class RemoteActionsIT {

    private static final String DIR = "/etc/conductor/services/tools/";
    private static final String RAN = "/run/actions-ran";
    private static final String URL = "http://localhost/action/tools/migrate";
    private static AgentHost agent;
    private static FunctionClient client;
    private static String ci;
    private static String viewer;

    @BeforeAll
    static void remoteCommands(SandboxHost host) {
        agent = AgentHost.install(host);
        client = new FunctionClient(agent, DIR);
        host.writeFile(DIR + "conductor-service.json", """
                {"config": {"GREETING": "hello"},
                 "commands": {
                   "migrate": {"service": true, "exec": ["./migrate.sh", "--from-file"],
                               "remote": {"policies": ["ops/deploy"]}},
                   "wait": {"service": true, "exec": ["./wait.sh"], "remote": {"policies": ["ops"]}},
                   "local": {"service": true, "exec": ["./migrate.sh"]}}}
                """);
        // each run leaves a mark: a refused request must leave none
        client.script("migrate.sh", "echo ran >> " + RAN + "\nprintf '<%s>' \"$@\"; echo\n"
                + "echo \"$GREETING $CONDUCTOR_REMOTE_SUBJECT $CONDUCTOR_COMMAND\" >&2\nexit 3");
        client.script("wait.sh", "echo first\nwhile [ ! -e /run/actions-go ]; do sleep 0.1; done\necho second");
        agent.agentOk("policy", "create", "ops");
        ci = lastLine(agent.agentOk("policy", "token", "add", "ops", "--name", "ci", "--authorization", "deploy").stdout());
        viewer = lastLine(agent.agentOk("policy", "token", "add", "ops", "--name", "viewer").stdout());
        agent.agentOk("reload");
        agent.awaitTrue("the action's route", () -> client.curl("-X", "POST", URL).startsWith("401 "));
    }

    @Test
    void refusedRequestsRunNothing() {
        int before = runs();
        assertThat(client.curl("-X", "POST", "--data-binary", "[]", URL)).startsWith("401 ")
                .contains("www-authenticate: bearer");
        assertThat(client.curl("-H", "Authorization: Bearer cdt_wrong", "--data-binary", "[]", URL)).startsWith("401 ");
        assertThat(client.curl("-H", "X-Conductor-Subject: root", "--data-binary", "[]", URL)).startsWith("401 ");
        assertThat(client.curl("-H", bearer(viewer), "--data-binary", "[]", URL)).startsWith("403 ");
        assertThat(client.curl("-H", bearer(ci), URL)).startsWith("405 ").contains("allow: post");
        assertThat(client.curl("-H", bearer(ci), "--data-binary", "{\"args\": [\"x\"]}", URL)).startsWith("400 ");
        assertThat(client.curl("-H", bearer(ci), "--data-binary", "[\"x\", 2]", URL)).startsWith("400 ")
                .contains("argument 1 is not a string");
        assertThat(client.curl("-H", bearer(ci), "--data-binary", "[\"x\"", URL)).startsWith("400 ");
        // a command without remote has no route: Caddy's empty answer, nothing run
        assertThat(client.curl("-H", bearer(ci), "-X", "POST", "http://localhost/action/tools/local"))
                .doesNotContain("conductor-exit-code");
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void anAdmittedPostRunsTheCommandWithTheArgumentsAsArgvAndReportsItsExitCode() {
        int before = runs();
        String answer = client.curl("-H", bearer(ci), "-H", "X-Conductor-Subject: root", "--data-binary",
                "[\"a b\", \"; touch /tmp/pwned\", \"$(touch /tmp/pwned2)\", \"`touch /tmp/pwned3`\"]", URL);

        assertThat(answer).startsWith("200 ").contains("content-type: text/plain")
                .contains("\n<--from-file><a b><; touch /tmp/pwned><$(touch /tmp/pwned2)><`touch /tmp/pwned3`>\n"
                        + "hello token:ci migrate\nconductor-exit-code: 3\n")
                // curl -i prints the trailer after the body
                .endsWith("conductor-exit-code: 3\nConductor-Exit-Code: 3\n");
        assertThat(runs()).isEqualTo(before + 1);
        assertThat(agent.host().exec("ls", "/tmp/pwned", "/tmp/pwned2", "/tmp/pwned3").stdout()).isEmpty();
        // the exit code is also the trailer, for clients that read trailers
        String raw = agent.host().exec("curl", "-s", "--raw", "-m", "20", "-H", bearer(ci), "--data-binary", "[]", URL)
                .stdout();
        assertThat(raw.toLowerCase()).contains("conductor-exit-code: 3\r\n");
    }

    @Test
    void outputStreamsWhileTheActionRunsAndASecondRunWaitsForItsSlot() {
        agent.host().exec("rm", "-f", "/run/actions-go", "/run/wait.out");
        agent.host().execOk("sh", "-c", "nohup curl -s -N -m 60 -H '" + bearer(ci) + "' --data-binary '[]'"
                + " http://localhost/action/tools/wait > /run/wait.out 2>&1 < /dev/null &");
        agent.awaitTrue("the first line before the action ends",
                () -> agent.host().exec("cat", "/run/wait.out").stdout().equals("first\n"));
        assertThat(client.curl("-H", bearer(ci), "--data-binary", "[]", "http://localhost/action/tools/wait"))
                .startsWith("503 ").contains("retry-after: 1");

        agent.host().execOk("touch", "/run/actions-go");
        agent.awaitTrue("the rest and the exit code", () -> agent.host().exec("cat", "/run/wait.out").stdout()
                .equals("first\nsecond\nconductor-exit-code: 0\n"));
    }

    @Test
    void actionRunIsTheLocalSpellingOfRunDashS() {
        ExecResult action = agent.agent("action", "run", "tools", "migrate", "; touch /tmp/pwned", "--json");
        ExecResult run = agent.agent("run", "-s", "tools", "migrate", "; touch /tmp/pwned", "--json");

        assertThat(action.exitCode()).isEqualTo(3).isEqualTo(run.exitCode());
        assertThat(action.stdout()).isEqualTo("<--from-file><; touch /tmp/pwned><--json>\n").isEqualTo(run.stdout());
        assertThat(agent.host().exec("ls", "/tmp/pwned").stdout()).isEmpty();
        String listed = agent.agentOk("action", "ls").stdout();
        assertThat(listed).contains("/action/tools/migrate", "ops/deploy", "serving")
                .contains("/action/tools/wait").doesNotContain("/action/tools/local");
    }

    private static int runs() {
        return (int) agent.host().exec("cat", RAN).stdout().lines().count();
    }
}
