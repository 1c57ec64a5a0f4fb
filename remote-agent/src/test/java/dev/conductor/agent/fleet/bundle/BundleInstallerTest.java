package dev.conductor.agent.fleet.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleInstallerTest {

    @TempDir
    Path root;

    private BundleInstaller installer() {
        return new BundleInstaller(root.resolve("versions"), root.resolve("services"));
    }

    @Test
    void aVersionIsLinkedInPlaceAndTheOneBeforeItIsKept() throws Exception {
        String first = installer().install(bundle("web", "{\"config\": {\"TAG\": \"v1\"}}"));
        String second = installer().install(bundle("web", "{\"config\": {\"TAG\": \"v2\"}}"));
        String third = installer().install(bundle("web", "{\"config\": {\"TAG\": \"v3\"}}"));

        Path link = root.resolve("services/web");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(link.resolve("conductor-service.json"))).contains("v3");
        assertThat(installer().installed()).containsExactly(Map.entry("web", third));
        assertThat(root.resolve("versions/web")).isDirectoryContaining(path -> path.endsWith(second))
                .isDirectoryNotContaining(path -> path.endsWith(first));
    }

    @Test
    void installingTheVersionInPlaceAgainChangesNothing() throws Exception {
        ServiceBundle bundle = bundle("web", "{}");
        String digest = installer().install(bundle);
        long written = Files.getLastModifiedTime(root.resolve("versions/web").resolve(digest)).toMillis();

        assertThat(installer().install(bundle)).isEqualTo(digest);
        assertThat(Files.getLastModifiedTime(root.resolve("versions/web").resolve(digest)).toMillis()).isEqualTo(written);
    }

    @Test
    void aHostsOwnServiceDirectoryIsNeverReplaced() throws Exception {
        Files.createDirectories(root.resolve("services/web"));
        Files.writeString(root.resolve("services/web/conductor-service.json"), "{}");

        assertThatThrownBy(() -> installer().install(bundle("web", "{\"config\": {}}")))
                .hasMessageContaining("is not a fleet service");
        assertThat(root.resolve("services/web/conductor-service.json")).hasContent("{}");
    }

    @Test
    void removeTakesTheLinkAndItsVersions() throws Exception {
        installer().install(bundle("web", "{}"));

        assertThat(installer().remove("web")).isTrue();
        assertThat(root.resolve("services/web")).doesNotExist();
        assertThat(root.resolve("versions/web")).doesNotExist();
        assertThat(installer().remove("web")).isFalse();
    }

    @Test
    void theCheckLoadsTheBundleAsTheEngineWouldAndQuotesTheLoader() {
        assertThat(BundleCheck.check(bundle("web", "{\"config\": {\"TAG\": \"v1\"}}")).config()).containsKey("TAG");

        assertThatThrownBy(() -> BundleCheck.check(bundle("web", "{\"hooks\": [{\"id\": \"h\", \"when\": \"sometimes\","
                + " \"exec\": [\"./h\"]}]}"))).hasMessageContaining("does not load, nothing was pushed")
                .hasMessageContaining("/hooks/0/when").hasMessageContaining("sometimes");
        assertThatThrownBy(() -> BundleCheck.check(new ServiceBundle("web", List.of(new BundleFile("README", false,
                new byte[0]))))).hasMessageContaining("has no conductor-service.json");
    }

    private static ServiceBundle bundle(String service, String json) {
        return new ServiceBundle(service, List.of(new BundleFile("conductor-service.json", false,
                json.getBytes(StandardCharsets.UTF_8))));
    }
}
