package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an older agent left: config values 0644 in 0755 directories. */
class PrivateModesTest {

    @TempDir
    Path root;

    @Test
    void everythingBelowTheStateRootBecomesRootsOnlyWithoutGainingAnyPermission() throws Exception {
        Path state = root.resolve("state");
        Path revisions = Files.createDirectories(state.resolve("web/revisions"));
        loose(state, state.resolve("web"), revisions);
        loose(Files.writeString(state.resolve("web/config.json"), "{\"PASSWORD\": \"s3cret\"}"),
                Files.writeString(revisions.resolve("1.json"), "{}"));
        Modes.set(Files.writeString(state.resolve("web/state.json"), "{}"), "r--r-----");
        Path outside = Modes.set(Files.writeString(root.resolve("outside.txt"), "not ours"), "rw-r--r--");
        Files.createSymbolicLink(state.resolve("web/link"), outside);

        assertThat(PrivateModes.tighten(state, root.resolve("run/deployments"))).hasSize(6);

        assertThat(Modes.below(state)).isEqualTo(Map.of("", "rwx------", "web", "rwx------",
                "web/revisions", "rwx------", "web/revisions/1.json", "rw-------",
                "web/config.json", "rw-------", "web/state.json", "r--------", "web/link", "rwxrwxrwx"));
        assertThat(Modes.of(outside)).as("a link is never followed").isEqualTo("rw-r--r--");
        assertThat(PrivateModes.tighten(state, root.resolve("run/deployments"))).as("second run").isEmpty();
    }

    @Test
    void belowTheDeploymentRootOnlyTheDirectoriesAndTheAgentsOwnFilesChange() throws Exception {
        Path deployments = root.resolve("run/deployments");
        Path dir = Files.createDirectories(deployments.resolve("web-r1/data"));
        loose(deployments, deployments.resolve("web-r1"), dir);
        loose(Files.writeString(dir.getParent().resolve("pod.yaml"), "kind: Pod"),
                Files.writeString(dir.getParent().resolve("deployment.json"), "{}"),
                Files.writeString(dir.getParent().resolve("registered"), ""),
                Files.writeString(dir.getParent().resolve("from-a-hook.conf"), "for the container"),
                Files.writeString(dir.resolve("deep.conf"), "for the container"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Path sock = dir.getParent().resolve("snippets.json"); // an agent's name, yet a socket
            socket.bind(UnixDomainSocketAddress.of(sock));
            Modes.set(sock, "rwxrwxrwx");

            PrivateModes.tighten(root.resolve("state"), deployments);

            assertThat(Modes.below(deployments)).isEqualTo(Map.of("", "rwx------", "web-r1", "rwx------",
                    "web-r1/pod.yaml", "rw-------", "web-r1/deployment.json", "rw-------",
                    "web-r1/registered", "rw-------", "web-r1/snippets.json", "rwxrwxrwx",
                    "web-r1/from-a-hook.conf", "rw-r--r--", "web-r1/data", "rwxr-xr-x",
                    "web-r1/data/deep.conf", "rw-r--r--"));
        }
    }

    @Test
    void missingRootsAreNothingToDo() {
        assertThat(PrivateModes.tighten(root.resolve("state"), root.resolve("run/deployments"))).isEmpty();
    }

    private static void loose(Path... paths) {
        for (Path path : paths) {
            Modes.set(path, Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--");
        }
    }
}
