package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path root;

    @Test
    void aNewFileIsRootsOnlyAndSoAreTheDirectoriesItNeeded() {
        PrivateFiles.write(root.resolve("a/b/pod.yaml"), "password: s3cret\n");

        assertThat(root.resolve("a/b/pod.yaml")).hasContent("password: s3cret");
        assertThat(Modes.below(root.resolve("a"))).isEqualTo(Map.of(
                "", "rwx------", "b", "rwx------", "b/pod.yaml", "rw-------"));
    }

    @Test
    void aRewriteReplacesAWorldReadableFileWithAPrivateOneAndLeavesNoTemporaryBehind() throws Exception {
        Path file = Files.writeString(root.resolve("state.json"), "{}");
        Modes.set(file, "rw-r--r--");

        JsonFiles.writePrivate(file, Map.of("state", "Stable"));

        assertThat(Modes.of(file)).isEqualTo("rw-------");
        assertThat(JsonFiles.read(file, Map.class)).contains(Map.of("state", "Stable"));
        assertThat(Modes.below(root)).containsOnlyKeys("", "state.json");
    }

    @Test
    void anExistingDirectoryKeepsItsModes() {
        Modes.set(root, "rwxr-xr-x");

        PrivateFiles.write(root.resolve("error.txt"), "failed");

        assertThat(Modes.of(root)).as("tightening what exists is PrivateModes' job").isEqualTo("rwxr-xr-x");
        assertThat(Modes.of(root.resolve("error.txt"))).isEqualTo("rw-------");
    }
}
