package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code system update} below a temporary root: a fake systemctl, java and curl; the agent answers unless told. */
class SystemUpdaterTest {

    private static final Duration BOUND = Duration.ofMillis(300);
    private static final String RESTART = "systemctl --no-ask-password restart -- conductor-agent.service";

    @TempDir
    Path root;
    private final FakeHost host = new FakeHost();
    private InstallLayout layout;
    private Path newJar;
    private String versionOutput = "conductor-agent 0.2.0\n";
    private String answeringJar = "new";
    private List<String> deploying = List.of();

    @BeforeEach
    void installedHost() throws Exception {
        layout = new InstallLayout(root);
        Files.createDirectories(layout.runtimeUnitDirectory());
        Files.createDirectories(layout.jar().getParent());
        Files.writeString(layout.jar(), "old");
        newJar = Files.writeString(root.resolve("downloaded.jar"), "new");
    }

    @Test
    void swapsTheJarKeepsThePreviousAndRestartsTheAgent() throws Exception {
        InstallReport report = update(Optional.empty());
        assertThat(layout.jar()).hasContent("new");
        assertThat(layout.previousJar()).hasContent("old");
        assertThat(host.commands).contains(RESTART);
        assertThat(report.steps()).anyMatch(step -> step.detail().contains("on conductor-agent 0.2.0; it answers"));
    }

    @Test
    void checksTheSha256WhenGiven() {
        String sha = AgentJarCheck.sha256(newJar);
        assertThat(sha).isEqualTo("11507a0e2f5e69d5dfa40a62a1bd7b6ee57e6bcd85c67c9b8431b36fff21c437");
        assertThat(update(Optional.of(sha.toUpperCase()))).isNotNull();
        assertThatThrownBy(() -> update(Optional.of("abc123"))).isInstanceOf(InstallException.class)
                .hasMessageContaining("has SHA-256 " + sha + ", not the expected abc123");
    }

    @Test
    void refusesAJarThatIsNotAnAgentAndLeavesTheInstalledOne() throws Exception {
        versionOutput = "Hello\n";
        assertThatThrownBy(() -> update(Optional.empty())).isInstanceOf(InstallException.class)
                .hasMessageContaining("'" + newJar + "' is not a conductor-agent jar").hasMessageContaining("'Hello'");
        assertThat(layout.jar()).hasContent("old");
        assertThat(host.commands).doesNotContain(RESTART);
    }

    @Test
    void refusesWhileADeployIsUnderWayNamingIt() {
        deploying = List.of("web", "shop");
        assertThatThrownBy(() -> update(Optional.empty())).isInstanceOf(InstallException.class)
                .hasMessageContaining("refused while deploying web, shop");
        assertThat(layout.jar()).hasContent("old");
        assertThat(layout.previousJar()).doesNotExist();
    }

    @Test
    void putsThePreviousJarBackWhenTheNewAgentDoesNotAnswer() {
        answeringJar = "old";
        assertThatThrownBy(() -> update(Optional.empty())).isInstanceOf(InstallException.class)
                .hasMessageContaining("did not answer on " + layout.agentSocket() + " within 0 s")
                .hasMessageEndingWith("the previous jar is back and answers");
        assertThat(layout.jar()).hasContent("old");
        assertThat(host.commands.stream().filter(RESTART::equals)).hasSize(2);
    }

    @Test
    void refusesWhereNoAgentIsInstalled() throws Exception {
        Files.delete(layout.jar());
        assertThatThrownBy(() -> update(Optional.empty())).isInstanceOf(InstallException.class)
                .hasMessageContaining("no agent installed at " + layout.jar());
    }

    private InstallReport update(Optional<String> sha256) {
        InstallEnvironment env = new InstallEnvironment(layout, this::run, null, true);
        InstallReport report = new InstallReport("update");
        new SystemUpdater(env, () -> deploying, new AgentProbe(this::run, layout.curl(), layout.agentSocket()))
                .update(newJar, sha256, BOUND, report);
        return report;
    }

    // java -jar FILE --version and curl answer here; everything else is the fake host's
    private ExecResult run(ProcessSpec spec) {
        List<String> c = spec.command();
        if (c.contains("--version")) {
            return new ExecResult(c, 0, versionOutput, "");
        }
        if (c.get(0).equals(layout.curl().toString())) {
            boolean answers = answeringJar.equals(content(layout.jar()));
            return new ExecResult(c, answers ? 0 : 7, "", answers ? "" : "curl: (7) Couldn't connect");
        }
        return host.run(spec);
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }
}
