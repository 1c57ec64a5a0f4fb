package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code "secrets": [...]}: names only, valid variable names, added to by children. */
class SecretsFieldTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @TempDir
    Path root;

    @Test
    void aServiceNamesItsSecretsInOrder() throws IOException {
        Path dir = service("web", "{\"secrets\": [\"DB_PASSWORD\", \"API_TOKEN\"]}");

        assertThat(loader.load(dir).spec().secrets()).containsExactly("DB_PASSWORD", "API_TOKEN");
    }

    @Test
    void aServiceWithoutSecretsHasNone() throws IOException {
        assertThat(loader.load(service("plain", "{}")).spec().secrets()).isEmpty();
    }

    @Test
    void aChildAddsToItsParentsSecrets() throws IOException {
        service("base", "{\"secrets\": [\"DB_PASSWORD\", \"SHARED\"]}");
        Path child = service("child", "{\"inherit\": [\"../base/conductor-service.json\"],"
                + " \"secrets\": [\"SHARED\", \"API_TOKEN\"]}");

        assertThat(loader.load(child).spec().secrets()).containsExactly("DB_PASSWORD", "SHARED", "API_TOKEN");
    }

    @Test
    void aSecretThatIsNoVariableNameIsRefusedWithItsPointer() throws IOException {
        Path dir = service("bad", "{\"secrets\": [\"OK\", \"NOT-OK\"]}");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ServiceFileException.class, e -> {
            assertThat(e.location()).isEqualTo("/secrets/1");
            assertThat(e.reason()).contains("secret \"NOT-OK\" is not a valid environment variable name");
        });
    }

    @Test
    void aSecretListedTwiceIsRefused() throws IOException {
        Path dir = service("twice", "{\"secrets\": [\"A_KEY\", \"A_KEY\"]}");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ServiceFileException.class,
                e -> assertThat(e.reason()).isEqualTo("secret \"A_KEY\" is listed twice"));
    }

    private Path service(String name, String json) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME), json);
        return dir;
    }
}
