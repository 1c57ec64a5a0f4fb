package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TuiMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpNamesTheHostsAndTheTrustOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("conductor-tui", "HOST", "--trust-new-host-keys");
    }

    @Test
    void withoutHostsOrAHostListItIsAUsageError() {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", "/nonexistent-conductor-home");
        try {
            assertThat(run()).isEqualTo(2);
            assertThat(err.toString()).contains("give at least one HOST");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void localTakesNoHosts() {
        assertThat(run("--local", "web1")).isEqualTo(2);
        assertThat(err.toString()).contains("--local takes no HOST", "leave out --local to reach web1 over SSH");
    }

    @Test
    void theLogGoesToAFileUnderTheStateDirectory() {
        assertThat(TuiLog.file().toString()).endsWith("conductor/conductor-tui.log");
    }

    private int run(String... args) {
        return new CommandLine(new TuiMain()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }
}
