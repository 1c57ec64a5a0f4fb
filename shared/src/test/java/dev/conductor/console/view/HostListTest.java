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

    @Test
    void addAppendsANewHostCreatingTheDirectory() {
        Path file = dir.resolve("config/conductor/hosts");
        assertThat(HostList.add(file, "alpha")).isTrue();
        assertThat(HostList.add(file, " deploy@beta:2222 ")).isTrue();
        assertThat(HostList.read(file)).containsExactly("alpha", "deploy@beta:2222");
    }

    @Test
    void addSkipsAHostAlreadyListed() throws Exception {
        Path file = Files.writeString(dir.resolve("hosts"), "# fleet\nalpha\n");
        assertThat(HostList.add(file, "alpha")).isFalse();
        assertThat(Files.readString(file)).isEqualTo("# fleet\nalpha\n");
    }

    @Test
    void addStartsANewLineAfterAFileWithoutOne() throws Exception {
        Path file = Files.writeString(dir.resolve("hosts"), "alpha");
        HostList.add(file, "beta");
        assertThat(Files.readString(file)).isEqualTo("alpha\nbeta\n");
    }

    @Test
    void removeDropsTheHostAndKeepsEverythingElse() throws Exception {
        Path file = Files.writeString(dir.resolve("hosts"), "# fleet\nalpha\n  beta  \ngamma\n");
        assertThat(HostList.remove(file, "beta")).isTrue();
        assertThat(Files.readString(file)).isEqualTo("# fleet\nalpha\ngamma\n");
        assertThat(HostList.remove(file, "beta")).isFalse();
        assertThat(HostList.remove(dir.resolve("absent"), "beta")).isFalse();
    }
}
