package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.agent.engine.LoadLoop;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * http-stdio functions in each mode, through Caddy on a sandbox host: programs in Perl (in every
 * Debian) that speak HTTP on stdin/stdout as inetd gave it, or on the socket systemd passes.
 */
@SandboxTest
class StdioFunctionsIT {

    private static final String DIR = "/etc/conductor/services/st/";
    /** Answers "pid=PID n=COUNT METHOD TARGET TAG FUNCTION_ID BODY" on stdin/stdout, request after request. */
    static final String STDIO = """
            #!/usr/bin/perl
            use strict; $| = 1; binmode STDIN; binmode STDOUT;
            my $count = 0;
            while (my $line = <STDIN>) {
              $line =~ s/\\r?\\n$//; next if $line eq '';
              my ($method, $target) = split / /, $line;
              my ($length, $close) = (0, 0);
              while (my $h = <STDIN>) {
                $h =~ s/\\r?\\n$//; last if $h eq '';
                $length = $1 if $h =~ /^Content-Length:\\s*(\\d+)/i;
                $close = 1 if $h =~ /^Connection:\\s*close/i;
              }
              my $body = ''; read(STDIN, $body, $length) if $length;
              $count++;
              print STDERR "serving $target\n";
              sleep 600 if $target =~ /hang/;
              my $out = "pid=$$ n=$count $method $target $ENV{TAG} $ENV{CONDUCTOR_FUNCTION_ID} $body";
              print "HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Length: " . length($out) . "\\r\\n\\r\\n$out";
              last if $close;
            }
            """;
    /** A daemon for systemd: takes its listening socket from LISTEN_FDS, one child per connection. */
    static final String DAEMON = """
            #!/usr/bin/perl
            use strict;
            die "no socket passed: LISTEN_FDS=$ENV{LISTEN_FDS} LISTEN_PID=$ENV{LISTEN_PID}\\n"
              unless $ENV{LISTEN_FDS} == 1 && $ENV{LISTEN_PID} == $$;
            open(my $listen, "+<&=3") or die "fd 3: $!";
            $SIG{CHLD} = 'IGNORE';
            my $daemon = $$;
            while (accept(my $c, $listen)) {
              if (fork() == 0) {
                close $listen; binmode $c; select((select($c), $| = 1)[0]);
                while (my $line = <$c>) {
                  $line =~ s/\\r?\\n$//; next if $line eq '';
                  my ($method, $target) = split / /, $line;
                  while (my $h = <$c>) { last if $h =~ /^\\r?\\n$/; }
                  my $out = "daemon=$daemon fds=$ENV{LISTEN_FDS} $target";
                  print $c "HTTP/1.1 200 OK\\r\\nContent-Length: " . length($out) . "\\r\\n\\r\\n$out";
                }
                exit 0;
              }
              close $c;
            }
            """;
    private static AgentHost agent;
    private static FunctionClient client;

    @BeforeAll
    static void installFunctions(SandboxHost host) {
        agent = AgentHost.install(host);
        client = new FunctionClient(agent, DIR);
        host.writeFile(DIR + "conductor-service.json", """
                {"config": {"TAG": "t1"},
                 "functions": [
                   {"name": "multi", "format": "http-stdio", "mode": "multi", "exec": ["./stdio.pl"]},
                   {"name": "recycle", "format": "http-stdio", "mode": "multi", "exec": ["./stdio.pl"],
                    "max_requests": 3},
                   {"name": "single", "format": "http-stdio", "exec": ["./stdio.pl"], "min_warm": 2},
                   {"name": "slow", "format": "http-stdio", "mode": "multi", "exec": ["./stdio.pl"],
                    "timeout_sec": 2, "max_concurrency": 1},
                   {"name": "dies", "format": "sdactivate", "exec": ["./dies.sh"], "timeout_sec": 10},
                   {"name": "burst", "format": "http-stdio", "exec": ["./burst.sh"], "min_warm": 4},
                   {"name": "daemon", "format": "sdactivate", "exec": ["./daemon.pl"], "idle_timeout_sec": 2,
                    "service_directives": ["MemoryMax=60M"]}
                 ]}
                """);
        client.script("stdio.pl", STDIO);
        client.script("daemon.pl", DAEMON);
        client.script("dies.sh", "#!/bin/sh\necho dying >&2\nexit 1\n");
        client.script("burst.sh", "#!/bin/sh\nwhile IFS= read -r line; do case \"$line\" in \"$(printf '\\r')\"|'') break;; esac;"
                + " done\nprintf 'HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok'\n");
        host.writeFile("/etc/conductor/services/st2/conductor-service.json", """
                {"config": {"TAG": "v1"},
                 "functions": [{"format": "http-stdio", "mode": "multi", "exec": ["../st/stdio.pl"]}]}
                """);
        agent.agentOk("reload");
    }

    @Test
    void aMultiProcessServesRequestsOneAfterAnotherAndIsRecycledAfterMaxRequests() {
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(client.body("http://localhost/cgi/st-recycle/r" + i));
        }
        String post = client.curl("-X", "POST", "--data-binary", "the body", "http://localhost/cgi/st-multi/p");

        assertThat(answers.get(0)).endsWith("GET /cgi/st-recycle/r0 t1 st-recycle ");
        assertThat(answers.stream().map(answer -> answer.split(" ")[1]).toList())
                .containsExactly("n=1", "n=2", "n=3", "n=1", "n=2", "n=3");
        assertThat(pid(answers.get(0))).isEqualTo(pid(answers.get(2))).isNotEqualTo(pid(answers.get(3)));
        assertThat(post).startsWith("200 ").endsWith("POST /cgi/st-multi/p t1 st-multi the body");
        agent.awaitTrue("the program's stderr in the function's journal", () -> agent.agentOk("function", "logs",
                "st-recycle").stdout().contains("serving /cgi/st-recycle/r5"));
    }

    @Test
    void aSingleFunctionKeepsProcessesWarmAndUsesEachOnce() {
        agent.awaitTrue("two warm processes", () -> agent.agentOk("function", "show", "st-single", "--json")
                .stdout().matches("(?s).*\"warm\" *: *2.*"));
        String first = client.body("http://localhost/cgi/st-single/a");
        String second = client.body("http://localhost/cgi/st-single/b");

        assertThat(first).contains("n=1 GET /cgi/st-single/a");
        assertThat(second).contains("n=1 GET /cgi/st-single/b");
        assertThat(pid(first)).isNotEqualTo(pid(second));
        // each warm process is a unit of its own, started by systemd before its request came
        agent.awaitTrue("the warm processes made again", () -> instances("st-single") >= 2);
    }

    @Test
    void aHangingProcessGets504AndIsKilledAndABusyFunction503() throws Exception {
        Instant start = Instant.now();
        agent.host().execOk("sh", "-c", "rm -f /tmp/hang.code; nohup curl -s -o /dev/null -w '%{http_code}' "
                + "http://localhost/cgi/st-slow/hang >/tmp/hang.code 2>/dev/null &");
        Thread.sleep(700);
        assertThat(client.curl("http://localhost/cgi/st-slow/other")).startsWith("503 ").contains("retry-after: 1");

        agent.awaitTrue("the hanging request answered", () -> !agent.host().exec("cat", "/tmp/hang.code").stdout()
                .isBlank());
        assertThat(agent.host().execOk("cat", "/tmp/hang.code").stdout()).isEqualTo("504");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
        agent.awaitTrue("the hung processes killed with their units", () -> instances("st-slow") == 0);
        assertThat(client.body("http://localhost/cgi/st-slow/after")).contains("n=1 GET /cgi/st-slow/after");
    }

    @Test
    void aParallelDaemonGetsItsSocketStopsWhenIdleAndStartsAgain() {
        String first = client.body("http://localhost/cgi/st-daemon/one");
        String second = client.body("http://localhost/cgi/st-daemon/two");
        assertThat(first).startsWith("daemon=").endsWith("fds=1 /cgi/st-daemon/one");
        assertThat(first.split(" ")[0]).isEqualTo(second.split(" ")[0]);
        String unit = daemonUnit();
        assertThat(show(unit, "MemoryMax")).isEqualTo("62914560");

        agent.awaitTrue("the idle daemon stopped", () -> !"active".equals(show(unit, "ActiveState")));
        String again = client.body("http://localhost/cgi/st-daemon/three");
        assertThat(again).endsWith("/cgi/st-daemon/three");
        assertThat(again.split(" ")[0]).isNotEqualTo(first.split(" ")[0]);
    }

    @Test
    void functionsSurviveAnAgentKillAndACaddyRestart() {
        client.body("http://localhost/cgi/st-multi/before");
        agent.host().execOk("systemctl", "kill", "--signal=KILL", "conductor-agent.service");
        agent.awaitTrue("the functions served again", () -> client.curl("http://localhost/cgi/st-multi/x")
                .contains(" GET /cgi/st-multi/x "));
        assertThat(client.body("http://localhost/cgi/st-daemon/after-kill")).endsWith("/cgi/st-daemon/after-kill");
        agent.host().execOk("systemctl", "restart", "caddy");
        agent.awaitTrue("the routes back after Caddy's restart", () -> client.curl("http://localhost/cgi/st-multi/y")
                .contains(" GET /cgi/st-multi/y "));
    }

    @Test
    void aChangedFunctionTakesOverWithoutDroppingARequestAndItsOldUnitsGo() {
        // another test restarts Caddy, after which each service's config unit registers its routes again
        agent.awaitTrue("st2 routed", () -> client.curl("http://localhost/cgi/st2/x").contains(" v1 st2 "));
        List<String> before = units("conductor-fn-st2-");
        LoadLoop load = LoadLoop.start(agent.host(), "/cgi/st2/load", 400, Duration.ofSeconds(30));
        agent.setConfig("st2", "TAG", "v2");
        agent.agentOk("reload");
        load.awaitSomeRequestsAfterNow(20);
        LoadLoop.Result result = load.stop();

        assertThat(result.failures()).as("failed requests during the change: %s", result).isZero();
        assertThat(client.body("http://localhost/cgi/st2/y")).contains(" v2 st2 ");
        agent.awaitTrue("the old units removed", () -> units("conductor-fn-st2-").stream().noneMatch(before::contains));
        assertThat(units("conductor-fn-st2-")).hasSize(2);
    }

    /**
     * Its connection waits unaccepted, so systemd would start a dying daemon again and again: the
     * start limit stops that, the request gets 502, and the function serves once its program works.
     */
    @Test
    void aDaemonThatDiesAtStartGets502AndServesOnceFixed() {
        for (int i = 0; i < 3; i++) {
            assertThat(client.curl("http://localhost/cgi/st-dies/x")).startsWith("502 ");
        }
        client.script("dies.sh", DAEMON);
        agent.awaitTrue("the fixed daemon serving", () -> client.curl("http://localhost/cgi/st-dies/y")
                .contains("fds=1 /cgi/st-dies/y"));
    }

    /** systemd stops a socket after 200 activations in 2 s by default: a function's never stops. */
    @Test
    void aBurstOf5000RequestsLeavesTheFunctionServing() {
        String codes = agent.host().execOk("sh", "-c", "curl -s -Z --parallel-max 16 -m 30 -o /dev/null "
                + "-w '%{http_code}\\n' 'http://localhost/cgi/st-burst/[1-5000]' | sort | uniq -c").stdout();

        Map<String, Integer> counts = new TreeMap<>();
        codes.lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> counts.put(line.split(" +")[1], Integer.parseInt(line.split(" +")[0])));
        assertThat(counts.keySet()).as("answers: %s", counts).isSubsetOf("200", "503");
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5000);
        assertThat(counts.getOrDefault("200", 0)).as("answers: %s", counts).isGreaterThan(2000);
        assertThat(client.body("http://localhost/cgi/st-burst/after")).isEqualTo("ok");
        assertThat(agent.host().execOk("systemctl", "list-units", "--plain", "--no-legend", "conductor-fn-st-burst-*.socket")
                .stdout()).contains(" active ");
    }

    private static List<String> units(String prefix) {
        return agent.host().execOk("ls", "/run/systemd/system").stdout().lines().filter(name -> name.startsWith(prefix))
                .toList();
    }

    private static String pid(String answer) {
        return answer.split(" ")[0];
    }

    private static long instances(String id) {
        return agent.host().execOk("systemctl", "list-units", "--plain", "--no-legend", "conductor-fn-" + id + "-*@*")
                .stdout().lines().filter(line -> line.contains(".service")).count();
    }

    private static String daemonUnit() {
        return agent.host().execOk("sh", "-c", "ls /run/systemd/system | grep '^conductor-fn-st-daemon-.*\\.service$'")
                .stdout().strip();
    }

    private static String show(String unit, String property) {
        return agent.host().execOk("systemctl", "show", "-p", property, "--value", unit).stdout().strip();
    }
}
