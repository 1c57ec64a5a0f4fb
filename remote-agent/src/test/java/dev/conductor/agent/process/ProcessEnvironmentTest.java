package dev.conductor.agent.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessEnvironmentTest {

    private static final Map<String, String> AGENT = Map.of("PATH", "/opt/bin:/usr/bin", "HOME", "/root",
            "LANG", "C.UTF-8", "TERM", "xterm-256color", "JAVA_HOME", "/opt/jdk", "CLASSPATH", "/x.jar");

    @Test
    void pipedChildGetsTheBaseVariablesAndNothingElseOfTheAgent() {
        assertThat(new ProcessEnvironment(AGENT::get, false).build(Map.of()))
                .containsOnly(Map.entry("PATH", "/opt/bin:/usr/bin"), Map.entry("HOME", "/root"),
                        Map.entry("LANG", "C.UTF-8"));
    }

    @Test
    void terminalChildAlsoGetsTerm() {
        assertThat(new ProcessEnvironment(AGENT::get, true).build(Map.of()))
                .containsEntry("TERM", "xterm-256color").doesNotContainKeys("JAVA_HOME", "CLASSPATH");
    }

    @Test
    void pathFallsBackWhenTheAgentHasNone() {
        assertThat(new ProcessEnvironment(name -> null, false).build(Map.of()))
                .containsExactly(Map.entry("PATH", ProcessEnvironment.FALLBACK_PATH));
    }

    @Test
    void contextVariablesWinOverTheAgents() {
        assertThat(new ProcessEnvironment(AGENT::get, false).build(Map.of("HOME", "/srv/web", "TAG", "v1")))
                .containsEntry("HOME", "/srv/web").containsEntry("TAG", "v1");
    }

    @Test
    void builderCarriesCommandDirectoryAndOnlyTheBuiltEnvironment(@TempDir Path dir) {
        ProcessSpec spec = ProcessSpec.of("printenv", "TAG").in(dir).withEnvironment(Map.of("TAG", "$(id)"));
        ProcessBuilder builder = new ProcessEnvironment(AGENT::get, false).builder(spec);

        assertThat(builder.command()).containsExactly("printenv", "TAG");
        assertThat(builder.directory()).isEqualTo(dir.toFile());
        assertThat(builder.environment()).isEqualTo(new ProcessEnvironment(AGENT::get, false).build(spec.environment()));
    }

    @Test
    void noDirectoryMeansTheAgentsDirectory() {
        assertThat(ProcessEnvironment.piped().builder(ProcessSpec.of("true")).directory()).isNull();
    }
}
