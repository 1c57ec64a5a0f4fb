package dev.conductor.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
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
    private static TmuxPane pane;

    @BeforeAll
    static void startTheTuiInTmux(SandboxHost sandbox, @TempDir Path home) throws Exception {
        host = sandbox;
        HostFixture.installAgentWithSample(host);
        HostFixture.authorizeKey(host, home);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        pane = TmuxPane.start(SESSION, 100, 30, "HOME=" + home + " " + java + " -Duser.home=" + home + " -cp "
                + ConsoleProcess.JAR.toAbsolutePath() + " dev.conductor.tui.TuiMain --trust-new-host-keys root@" + host.ip());
    }

    @AfterAll
    static void stopTmux() throws Exception {
        pane.close();
    }

    @Test
    void navigateDeployWatchProgressOpenLogsAndRunACommand() throws Exception {
        await("Services on root@" + host.ip()); // one host: the console opens on its services
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
        pane.keys(keys);
    }

    private static void await(String text) throws Exception {
        pane.await(text);
    }

    private static String screen() throws Exception {
        return pane.screen();
    }
}
