package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostListTest {

    @TempDir
    Path dir;

    @Test
    void readsOneHostALineSkippingBlanksAndComments() throws Exception {
        Path file = Files.writeString(dir.resolve("hosts"), "# fleet\nalpha\n\n  deploy@beta:2222  \n");
        assertThat(HostList.read(file)).containsExactly("alpha", "deploy@beta:2222");
    }

    @Test
    void aMissingFileIsAnEmptyList() {
        assertThat(HostList.read(dir.resolve("absent"))).isEmpty();
    }
}
