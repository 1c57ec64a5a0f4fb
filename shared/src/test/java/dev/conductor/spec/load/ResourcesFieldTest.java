package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.spec.Resources;
import dev.conductor.spec.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code "resources": {"best": ..., "min": ...}} and {@code "replicas"}: the fleet's fields. */
class ResourcesFieldTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @TempDir
    Path root;

    @Test
    void aServiceDeclaresBestAndMinAndReplicas() throws IOException {
        ServiceSpec spec = load("web", """
                {"resources": {"best": {"vcpu": 2, "ram_gb": 4}, "min": {"vcpu": 1, "ram_gb": 2}}, "replicas": 3}""");

        assertThat(spec.resources().best()).containsExactly(Map.entry("vcpu", 2.0), Map.entry("ram_gb", 4.0));
        assertThat(spec.resources().min()).containsExactly(Map.entry("vcpu", 1.0), Map.entry("ram_gb", 2.0));
        assertThat(spec.replicas()).isEqualTo(3);
    }

    @Test
    void withoutTheFieldsAServiceAsksNothingAndRunsOnce() throws IOException {
        ServiceSpec spec = load("plain", "{}");

        assertThat(spec.resources()).isEqualTo(Resources.NONE);
        assertThat(spec.replicas()).isEqualTo(1);
    }

    @Test
    void aResourceMinLeavesOutCannotBeOvercommitted() throws IOException {
        ServiceSpec spec = load("partial", """
                {"resources": {"best": {"vcpu": 2, "ram_gb": 4, "ports": 1}, "min": {"vcpu": 0.5}}}""");

        assertThat(spec.resources().floor())
                .containsExactly(Map.entry("vcpu", 0.5), Map.entry("ram_gb", 4.0), Map.entry("ports", 1.0));
    }

    @Test
    void aChildReplacesResourcesWholeAndInheritsReplicas() throws IOException {
        write("base", """
                {"resources": {"best": {"vcpu": 2, "ram_gb": 4}, "min": {"vcpu": 1}}, "replicas": 2}""");
        ServiceSpec child = load("child", """
                {"inherit": "../base/conductor-service.json", "resources": {"best": {"ram_gb": 8}}}""");

        assertThat(child.resources().best()).containsExactly(Map.entry("ram_gb", 8.0));
        assertThat(child.resources().min()).isEmpty();
        assertThat(child.replicas()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"replicas": 0}                                             | /replicas                | "0" must be greater than 0
            {"replicas": "2"}                                           | /replicas                | expected an integer, found string "2"
            {"replicas": 1.5}                                           | /replicas                | expected an integer, found number 1.5
            {"resources": {"best": {"vcpu": -1}}}                       | /resources/best/vcpu     | "-1.0" must be greater than or equal to 0
            {"resources": {"best": {"vcpu": "two"}}}                    | /resources/best/vcpu     | expected a number, found string "two"
            {"resources": {"best": {"vcpu": null}}}                     | /resources/best/vcpu     | must not be null
            {"resources": {"best": {"vcpu": 1e999}}}                    | /resources/best/vcpu     | "Infinity" is too large; a resource is a finite number
            {"resources": {"best": {"ram gb": 1}}}                      | /resources/best/ram gb   | "ram gb" $NAME
            {"resources": {"best": {"vcpu": 1}, "min": {"vcpu": 2}}}    | /resources/min/vcpu      | min 2 of "vcpu" is more than its best 1
            {"resources": {"best": {"vcpu": 1}, "min": {"ports": 1}}}   | /resources/min/ports     | resource "ports" has a min but no best; declare it in resources.best too
            {"resources": {"min": {"vcpu": 0.5}}}                       | /resources/min/vcpu      | resource "vcpu" has a min but no best; declare it in resources.best too
            {"resources": []}                                           | /resources               | expected an object, found an array
            """)
    void aBadValueFailsTheFileWithPointerAndReason(String json, String pointer, String reason) throws IOException {
        Path dir = write("bad", json);
        String expected = reason.replace("$NAME", dev.conductor.spec.SafeName.RULE);

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ServiceFileException.class, e -> {
            assertThat(e.file()).isEqualTo(dir.resolve(ServiceFileLoader.FILE_NAME));
            assertThat(e.location()).isEqualTo(pointer);
            assertThat(e.reason()).isEqualTo(expected);
        });
    }

    private ServiceSpec load(String name, String json) throws IOException {
        return loader.load(write(name, json)).spec();
    }

    private Path write(String name, String json) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME), json);
        return dir;
    }
}
