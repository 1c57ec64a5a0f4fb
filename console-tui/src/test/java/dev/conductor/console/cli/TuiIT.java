package dev.conductor.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code conductor-tui} in tmux against a sandbox host over SSH: navigate to the
 * service, deploy a new version and watch the progress, open its logs, run a command. All
 * assertions are on {@code tmux capture-pane} text.
 */
@SandboxTest
class TuiIT {

    private static final String SESSION = "conductor-tui-it";
    private static SandboxHost host;

    @BeforeAll
    static void startTheTuiInTmux(SandboxHost sandbox, @TempDir Path home) throws Exception {
        host = sandbox;
        HostFixture.installAgentWithSample(host);
        HostFixture.authorizeKey(host, home);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run("tmux", "kill-session", "-t", SESSION);
        run("tmux", "new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30",
                "HOME=" + home + " " + java + " -Duser.home=" + home + " -cp " + ConsoleProcess.JAR.toAbsolutePath()
                        + " dev.conductor.tui.TuiMain --trust-new-host-keys root@" + host.ip());
    }

    @AfterAll
    static void stopTmux() throws Exception {
        run("tmux", "kill-session", "-t", SESSION);
    }

    @Test
    void navigateDeployWatchProgressOpenLogsAndRunACommand() throws Exception {
        await("CONNECTED");
        keys("v");
        await("hello root@" + host.ip());
        assertThat(screen()).containsPattern("hello +root@\\S+ +Stable +1 +v1");

        host.execOk("sed", "-i", "s/\"TAG\": \"v1\"/\"TAG\": \"v2\"/", "/etc/conductor/services/hello/conductor-service.json");
        keys("d");
        await("Deploy hello on root@" + host.ip() + "?");
        keys("Left", "Enter");
        await("Deploy finished");
        assertThat(screen()).contains("healthy", "switched", "done", "revision 2 serving");

        keys("Escape");
        await("Services");
        await("v2");
        keys("l");
        await("hello-r2");
        keys("Escape");

        keys("c");
        await("version");
        keys("Enter");
        keys("Enter");
        await("exit code 0");
        assertThat(screen()).contains("v2");
        keys("Escape", "q");
    }

    private static void keys(String... keys) throws Exception {
        for (String key : keys) {
            List<String> command = new ArrayList<>(List.of("tmux", "send-keys", "-t", SESSION));
            command.add(key);
            run(command.toArray(String[]::new));
            Thread.sleep(300);
        }
    }

    private static void await(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!screen().contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the TUI never showed '" + text + "'; screen:\n" + screen());
            }
            Thread.sleep(200);
        }
    }

    private static String screen() throws IOException, InterruptedException {
        Process capture = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", SESSION).redirectErrorStream(true).start();
        String text = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        capture.waitFor(10, TimeUnit.SECONDS);
        return text;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
