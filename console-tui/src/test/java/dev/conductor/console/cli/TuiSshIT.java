package dev.conductor.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssh -t root@HOST conductor-tui --local} through real OpenSSH in tmux, as an operator on a
 * jump host runs it: the console on the server attaches to its own agent, draws in colour,
 * redraws when the terminal is resized, and leaves nothing on the terminal when it quits.
 */
@SandboxTest(host = "tui-ssh-it")
class TuiSshIT {

    private static final String SESSION = "conductor-tui-ssh-it";
    private static final String LAUNCHER = "#!/bin/sh\nexec java -cp /usr/local/lib/conductor/conductor-console.jar"
            + " dev.conductor.tui.TuiMain \"$@\"\n";
    private static final Pattern COLOUR = Pattern.compile("\u001b\\[(?:[0-9;]*;)?(?:3[0-7]|4[0-7]|9[0-7]|[34]8;5;\\d+)m");
    private static SandboxHost host;
    private static Path key;

    @BeforeAll
    static void installAgentAndConsole(SandboxHost sandbox, @TempDir Path home) throws Exception {
        host = sandbox;
        HostFixture.installAgentWithSample(host);
        HostFixture.authorizeKey(host, home);
        key = home.resolve(".ssh/id_ed25519");
        host.execOk("mkdir", "-p", "/usr/local/lib/conductor");
        host.copyIn(ConsoleProcess.JAR.toAbsolutePath(), "/usr/local/lib/conductor/conductor-console.jar");
        host.writeFile("/usr/local/bin/conductor-tui", LAUNCHER);
        host.execOk("chmod", "755", "/usr/local/bin/conductor-tui");
    }

    @Test
    void showsServicesInColourRedrawsOnResizeAndQuitsClean() throws Exception {
        try (TmuxPane pane = TmuxPane.start(SESSION, 100, 30, ssh("conductor-tui --local")
                + "; echo \"[exit $?]\"; sleep 600")) {
            String services = pane.await("the services table", screen -> Pattern.compile("hello +local +Stable")
                    .matcher(screen).find());
            assertThat(services).contains("NAME", "STATE");
            assertThat(COLOUR.matcher(pane.screenWithEscapes()).find()).as("a colour escape").isTrue();

            assertThat(keyLineAt(services)).isEqualTo(29);
            pane.resize(140, 40);
            String resized = pane.await("the key line redrawn on the last of 40 rows", screen -> keyLineAt(screen) == 39);
            assertThat(resized).containsPattern("hello +local +Stable");

            pane.keys("Escape", "q");
            String after = pane.await("[exit 0]");
            assertThat(after.lines().filter(line -> !line.isBlank())).containsExactly("[exit 0]");
        }
    }

    @Test
    void saysWhyWhenTheUserMayNotUseTheAgentsSocket() {
        ExecResult result = host.exec("runuser", "-u", "nobody", "--", "conductor-tui", "--local");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("may not use the agent's socket /run/conductor/agent.sock",
                "sudo conductor-tui --local");
    }

    /** The row of the console's bottom line of keys, -1 when none shows. */
    private static int keyLineAt(String screen) {
        List<String> lines = screen.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("? help  q quit")).max().orElse(-1);
    }

    private static String ssh(String command) {
        return "ssh -t -i " + key + " -o LogLevel=ERROR -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
                + " -o BatchMode=yes root@" + host.ip() + " " + command;
    }
}
