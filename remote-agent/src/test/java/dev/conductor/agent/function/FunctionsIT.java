package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CGI functions in single mode, served by the resident agent, through Caddy on a sandbox host. */
@SandboxTest
class FunctionsIT {

    private static final String DIR = "/etc/conductor/services/fn/";
    private static AgentHost agent;
    private static FunctionClient client;

    @BeforeAll
    static void installAFunctionOnlyService(SandboxHost host) {
        agent = AgentHost.install(host);
        client = new FunctionClient(agent, DIR);
        host.writeFile(DIR + "conductor-service.json", """
                {"config": {"GREETING": "hi"},
                 "functions": [
                   {"name": "env", "exec": ["./env.sh"], "path_info_strip": 2,
                    "response_headers": ["Content-Type: text/plain; charset=utf-8", "X-Default: yes"]},
                   {"name": "status", "exec": ["./status.sh"]},
                   {"name": "garbage", "exec": ["./garbage.sh"]},
                   {"name": "slow", "exec": ["./slow.sh"], "timeout_sec": 2, "max_concurrency": 1},
                   {"name": "limited", "exec": ["./limited.sh"], "service_directives": ["MemoryMax=50M"]}
                 ]}
                """);
        script("env.sh", "printf 'X-Default: mine\\n\\n%s|%s|%s|%s|%s|%s|%s' \"$REQUEST_METHOD\" \"$SCRIPT_NAME\" "
                + "\"$PATH_INFO\" \"$QUERY_STRING\" \"$HTTP_X_CUSTOM\" \"$GREETING\" \"$(cat)\"");
        script("status.sh", "printf 'Status: 418 Teapot\\nLocation: /elsewhere\\n\\n'");
        script("garbage.sh", "echo this is no header");
        script("slow.sh", "sleep ${SLEEP:-30}; printf 'Content-Type: text/plain\\n\\nwoke'");
        // the kernel's limit on the process's memory cgroup (v1 or v2), then systemd's view of its scope
        script("limited.sh", "v1=/sys/fs/cgroup/memory$(grep :memory: /proc/self/cgroup | cut -d: -f3)/memory.limit_in_bytes\n"
                + "v2=/sys/fs/cgroup$(tail -1 /proc/self/cgroup | cut -d: -f3)/memory.max\n"
                + "scope=$(basename \"$(tail -1 /proc/self/cgroup | cut -d: -f3)\")\n"
                + "printf 'Content-Type: text/plain\\n\\n%s %s %s %s' \"$(cat $v1 2>/dev/null || cat $v2)\" "
                + "\"$(systemctl show -p MemoryMax --value $scope)\" \"${scope%%-*}\" \"$GREETING\"");
        // a proxy template called for each function: its own route for one, the default for the other
        host.writeFile("/etc/conductor/services/tp/conductor-service.json", """
                {"proxy_config_template": "./proxy.sh",
                 "functions": [{"name": "std", "exec": ["../fn/status.sh"]}, {"name": "own", "exec": ["../fn/env.sh"]}]}
                """);
        new FunctionClient(agent, "/etc/conductor/services/tp/").script("proxy.sh", """
                #!/bin/bash
                if [[ "$CONDUCTOR_FUNCTION_ID" == tp-own ]]; then
                  printf '[{"id": "conductor-server/routes", "config": {"@id": "tp-own", "match": [{"path": ["/own/*"]}],'
                  printf ' "handle": [{"handler": "reverse_proxy", "upstreams": [{"dial": "unix/%s"}]}]}}]' \
                      "$CONDUCTOR_FUNCTION_SOCKET"
                  exit
                fi
                if [[ -n "$CONDUCTOR_FUNCTION_ID" ]]; then exec conductor-agent function caddy-config; fi
                """);
        agent.agentOk("reload");
    }

    @Test
    void aFunctionsDirectivesTakeEffectOnItsProcesses() {
        assertThat(curl("http://localhost/cgi/fn-limited")).startsWith("200 ").endsWith("52428800 52428800 run hi");
    }

    @Test
    void aCgiScriptGetsItsVariablesAndBodyThroughCaddy() {
        String answer = curl("-X", "POST", "-H", "X-Custom: c1", "--data-binary", "the body",
                "http://localhost/cgi/fn-env/a/b?x=1");

        assertThat(answer).startsWith("200 ").contains("x-default: mine").doesNotContain("x-default: yes")
                .contains("content-type: text/plain; charset=utf-8")
                .endsWith("POST|/cgi/fn-env|/a/b|x=1|c1|hi|the body");
        assertThat(agent.host().execOk("stat", "-c", "%a %G", "/run/conductor/functions/fn-env.sock").stdout())
                .startsWith("660 caddy");
    }

    @Test
    void functionLsCountsWhatWasServed() {
        curl("http://localhost/cgi/fn-env/counted");
        curl("http://localhost/cgi/fn-garbage");

        String list = agent.agentOk("function", "ls").stdout();
        String env = agent.agentOk("function", "show", "fn-env", "--json").stdout();

        assertThat(list).contains("fn-env", "fn-status", "fn-garbage", "fn-slow", "serving", "/cgi/fn-env");
        assertThat(env).containsPattern("\"state\" *: *\"serving\"").containsPattern("\"format\" *: *\"cgi\"")
                .containsPattern("\"mode\" *: *\"single\"").containsPattern("\"requests\" *: *[1-9]");
        assertThat(agent.agentOk("function", "show", "fn-garbage", "--json").stdout())
                .containsPattern("\"errors\" *: *[1-9]");
        assertThat(agent.agent("function", "show", "nope").exitCode()).isEqualTo(5);
    }

    @Test
    void statusLocationGarbageAndTimeouts() {
        assertThat(curl("http://localhost/cgi/fn-status")).startsWith("418 ").contains("location: /elsewhere");
        assertThat(curl("http://localhost/cgi/fn-garbage")).startsWith("502 ");
        Instant start = Instant.now();
        assertThat(curl("http://localhost/cgi/fn-slow")).startsWith("504 ");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
        // the script and its sleep, not the fork server whose command line names the script too
        assertThat(agent.host().exec("pgrep", "-f", "^(/bin/sh .*slow.sh|sleep 30)$").exitCode()).isEqualTo(1);
        agent.awaitTrue("the reason in the function's journal", () -> agent.agentOk("function", "logs", "fn-garbage")
                .stdout().contains("where a header line belongs"));
        assertThat(agent.agent("function", "logs", "nope").exitCode()).isEqualTo(5);
    }

    @Test
    void aBusyFunctionAnswers503AndFunctionsSurviveAnAgentKill() throws Exception {
        agent.host().execOk("sh", "-c", "nohup curl -s -o /dev/null http://localhost/cgi/fn-slow >/dev/null 2>&1 &");
        Thread.sleep(500);
        assertThat(curl("http://localhost/cgi/fn-slow")).startsWith("503 ").contains("retry-after: 1");

        agent.host().execOk("systemctl", "kill", "--signal=KILL", "conductor-agent.service");
        // Caddy answers an empty 200 where no route matches: the script's own answer proves the route
        agent.awaitTrue("the functions served again", () -> curl("http://localhost/cgi/fn-env/x").contains("GET|"));
        agent.host().execOk("systemctl", "restart", "caddy");
        agent.awaitTrue("the route back after Caddy's restart", () -> curl("http://localhost/cgi/fn-env/x")
                .contains("GET|"));
    }

    @Test
    void theProxyTemplateIsCalledForEachFunctionAndCaddyConfigPrintsTheDefaultRoute() {
        // another test restarts Caddy: the routes come back as each service's config unit registers them
        agent.awaitTrue("the default route of tp-std", () -> curl("http://localhost/cgi/tp-std").startsWith("418 "));
        agent.awaitTrue("the template's route of tp-own", () -> curl("http://localhost/own/a").contains("GET|"));
        assertThat(curl("http://localhost/own/a?q=1")).startsWith("200 ").contains("|/own/a|q=1|");
        assertThat(curl("http://localhost/cgi/tp-own")).doesNotContain("GET|");
        assertThat(agent.agentOk("function", "caddy-config", "--id", "tp-std").stdout())
                .contains("\"@id\" : \"conductor-function-tp-std\"", "/cgi/tp-std/*", "unix//run/conductor/functions/tp-std.sock");
        assertThat(agent.agent("function", "caddy-config").exitCode()).isNotZero();
    }

    private static String curl(String... args) {
        return client.curl(args);
    }

    private static void script(String name, String body) {
        client.script(name, "#!/bin/sh\n" + body + "\n");
    }
}
