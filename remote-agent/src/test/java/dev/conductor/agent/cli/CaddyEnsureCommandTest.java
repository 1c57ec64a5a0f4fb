package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.caddy.LocalCaddy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaddyEnsureCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void createsTheServerOnceThenFindsIt(@TempDir Path dir) throws Exception {
        try (LocalCaddy caddy = LocalCaddy.start(dir)) {
            new HttpCaddyAdmin(caddy.adminUri()).delete("/id/conductor-server");
            String listen = "127.0.0.1:" + freePort();
            assertThat(run("--admin", caddy.adminUri().toString(), "--listen", listen)).isZero();
            assertThat(run("--admin", caddy.adminUri().toString(), "--listen", listen)).isZero();
            assertThat(out.toString()).isEqualTo("conductor-server on " + listen + ": created\n"
                    + "conductor-server on " + listen + ": present\n");
        }
    }

    @Test
    void silentCaddyFailsWithTheReason() throws Exception {
        assertThat(run("--admin", "http://127.0.0.1:" + freePort(), "--wait", "1")).isEqualTo(1);
        assertThat(err.toString()).startsWith("conductor-agent _ caddy-ensure: timed out after 1.0 s waiting for"
                + " Caddy's admin API");
    }

    @Test
    void refusesAnAdminApiOffLoopback() {
        assertThat(run("--admin", "http://10.0.0.1:2019", "--wait", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("must stay on loopback").contains("http://10.0.0.1:2019");
    }

    private int run(String... args) {
        return new CommandLine(new CaddyEnsureCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
