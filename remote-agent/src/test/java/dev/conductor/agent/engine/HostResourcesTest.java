package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.error.ConductorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code host.json}'s {@code resources}, read beside its labels. */
class HostResourcesTest {

    @TempDir
    Path root;

    @Test
    void theSeedsExampleHostIsReadBesideItsLabels() throws IOException {
        HostIdentity host = HostIdentity.read(write("""
                {"labels": {"tier": "front"}, "resources": {"vcpu": 4, "ram_gb": 100, "ports": 10}}"""));

        assertThat(host.labels()).isEqualTo(Map.of("tier", "front"));
        assertThat(host.resources()).isEqualTo(Map.of("vcpu", 4.0, "ram_gb", 100.0, "ports", 10.0));
    }

    @Test
    void aHostWithoutResourcesOrFileOffersNone() throws IOException {
        assertThat(HostIdentity.read(write("{\"labels\": {\"a\": \"b\"}}")).resources()).isEmpty();
        assertThat(HostIdentity.read(root.resolve("absent.json")).labels()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"resources": {"vcpu": "four"}}  | /resources/vcpu   | "four" is not a resource: expected a finite number >= 0
            {"resources": {"vcpu": -1}}      | /resources/vcpu   | -1 is not a resource: expected a finite number >= 0
            {"resources": {"vcpu": 1e999}}   | /resources/vcpu   | Infinity is not a resource: expected a finite number >= 0
            {"resources": {"ram gb": 1}}     | /resources/ram gb | "ram gb" $NAME
            {"resources": [1]}               | /resources        | expected an object of numbers, found array
            """)
    void aBadResourceNamesTheFileAndField(String json, String pointer, String reason) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> HostIdentity.read(file)).isInstanceOf(ConductorException.class)
                .hasMessage(file + ":" + pointer + ": " + reason.replace("$NAME", dev.conductor.spec.SafeName.RULE));
    }

    private Path write(String json) throws IOException {
        return Files.writeString(root.resolve("host.json"), json);
    }
}
