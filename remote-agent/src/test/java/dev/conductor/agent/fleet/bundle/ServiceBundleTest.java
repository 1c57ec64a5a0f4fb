package dev.conductor.agent.fleet.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceBundleTest {

    @TempDir
    Path root;

    @Test
    void aDirectoryPacksWithItsExecutableBitsAndWithoutHiddenFiles() throws Exception {
        Path web = service("web");
        Files.writeString(Files.createDirectories(web.resolve("hooks")).resolve("start.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(web.resolve("hooks/start.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(Files.createDirectories(web.resolve(".git")).resolve("HEAD"), "ref");
        Files.writeString(web.resolve(".swp"), "x");

        ServiceBundle bundle = BundlePacker.pack(web);

        assertThat(bundle.service()).isEqualTo("web");
        assertThat(bundle.files()).extracting(BundleFile::path).containsExactly("conductor-service.json", "hooks/start.sh");
        assertThat(bundle.files()).extracting(BundleFile::executable).containsExactly(false, true);
    }

    @Test
    void theSameDirectoryIsTheSameDigestAndBytesRoundTrip() throws Exception {
        ServiceBundle bundle = BundlePacker.pack(service("web"));

        ServiceBundle read = ServiceBundle.fromBytes(bundle.toBytes());

        assertThat(read).isEqualTo(bundle);
        assertThat(read.digest()).isEqualTo(BundlePacker.pack(root.resolve("web")).digest()).hasSize(64);
        Files.writeString(root.resolve("web/conductor-service.json"), "{\"config\": {\"A\": 2}}");
        assertThat(BundlePacker.pack(root.resolve("web")).digest()).isNotEqualTo(bundle.digest());
    }

    @Test
    void symlinksAreRefused() throws Exception {
        Path web = service("web");
        Files.createSymbolicLink(web.resolve("passwd"), Path.of("/etc/passwd"));

        assertThatThrownBy(() -> BundlePacker.pack(web)).hasMessageContaining("passwd' is a symlink");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "/etc/passwd", "a/../../b", "a//b", ".hidden", "a/./b", "", "a\u0000b"})
    void hostilePathsInStoredBytesAreRefused(String path) {
        String stored = "{\"service\":\"web\",\"files\":[{\"path\":\"" + path.replace("\u0000", "\\u0000")
                + "\",\"executable\":false,\"data\":\"\"}]}";

        assertThatThrownBy(() -> ServiceBundle.fromBytes(stored.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("bundle file path");
    }

    @Test
    void otherFlawsInStoredBytesAreRefusedByName() {
        assertThatThrownBy(() -> ServiceBundle.fromBytes("{\"service\":\"../x\",\"files\":[]}".getBytes()))
                .hasMessageContaining("'../x' is not a valid service name");
        assertThatThrownBy(() -> ServiceBundle.fromBytes("not json".getBytes())).hasMessageContaining("not a service bundle");
        String twice = "{\"service\":\"web\",\"files\":[{\"path\":\"a\",\"executable\":false,\"data\":\"\"},"
                + "{\"path\":\"a\",\"executable\":true,\"data\":\"\"}]}";
        assertThatThrownBy(() -> ServiceBundle.fromBytes(twice.getBytes())).hasMessageContaining("'a' twice");
        String under = "{\"service\":\"web\",\"files\":[{\"path\":\"a\",\"executable\":false,\"data\":\"\"},"
                + "{\"path\":\"a/b\",\"executable\":false,\"data\":\"\"}]}";
        assertThatThrownBy(() -> ServiceBundle.fromBytes(under.getBytes())).hasMessageContaining("under a file");
    }

    @Test
    void aTooBigDirectoryIsRefused() throws Exception {
        Path web = service("web");
        Files.write(web.resolve("blob"), new byte[ServiceBundle.MAX_BYTES + 1]);

        assertThatThrownBy(() -> BundlePacker.pack(web)).hasMessageContaining("holds more than");
        assertThatThrownBy(() -> new ServiceBundle("web", List.of(new BundleFile("blob", false,
                new byte[ServiceBundle.MAX_BYTES + 1])))).hasMessageContaining("too big");
    }

    private Path service(String name) throws Exception {
        Path directory = Files.createDirectories(root.resolve(name));
        Files.writeString(directory.resolve("conductor-service.json"), "{\"config\": {\"A\": 1}}");
        return directory;
    }
}
