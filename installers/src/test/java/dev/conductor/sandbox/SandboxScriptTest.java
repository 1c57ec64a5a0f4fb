package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxScriptTest {

    @Test
    void findsTheScriptAboveTheWorkingDirectory(@TempDir Path repo) throws IOException {
        Path script = Files.createDirectories(repo.resolve("installers/sandbox")).resolve("sandbox-host");
        Files.writeString(script, "#!/bin/sh\n");
        Path deep = Files.createDirectories(repo.resolve("remote-agent/target/failsafe"));

        assertThat(SandboxScript.findAbove(deep)).isEqualTo(script);
        assertThat(SandboxScript.findAbove(repo.resolve("installers"))).isEqualTo(script);
    }

    @Test
    void saysWhereItLookedWhenThereIsNoScript(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> SandboxScript.findAbove(elsewhere))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining(elsewhere.toString())
                .hasMessageContaining("-Dconductor.sandbox.script=");
    }

    @Test
    void theRepositoryHasTheScript() {
        assertThat(SandboxScript.locate().path()).isExecutable().endsWith(Path.of(SandboxScript.RELATIVE_PATH));
    }
}
