package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tree/etc wins over tree/usr; tree/run does not exist. */
class LoadAllTest {

    private final Path tree = Fixtures.path("tree");
    private final LoadResult result = new ServiceFileLoader().loadAll(
            List.of(tree.resolve("etc"), tree.resolve("run"), tree.resolve("usr")));

    @Test
    void brokenServicesDoNotStopTheOthers() {
        assertThat(result.services()).extracting(ServiceSpec::name)
                .containsExactly("alpha", "gamma", "shadowed");
        assertThat(result.service("alpha").orElseThrow().appName()).isEqualTo("alpha");
        assertThat(result.service("gamma").orElseThrow().directory()).isEqualTo(tree.resolve("usr/gamma"));
    }

    @Test
    void failuresNameTheServiceAndCarryTheError() {
        assertThat(result.failures()).extracting(ServiceFailure::name)
                .containsExactly("broken", "override-broken");
        ServiceFailure broken = result.failure("broken").orElseThrow();
        assertThat(broken.directory()).isEqualTo(tree.resolve("etc/broken"));
        assertThat(broken.error().file()).isEqualTo(tree.resolve("etc/broken/conductor-service.json"));
        assertThat(broken.error().location()).isEqualTo("1:26");
    }

    @Test
    void earlierDirectoriesWin() {
        assertThat(result.service("shadowed").orElseThrow().appName()).isEqualTo("from-etc");
    }

    @Test
    void aBrokenOverrideDoesNotFallBackToALaterDirectory() {
        assertThat(result.service("override-broken")).isEmpty();
        assertThat(result.failure("override-broken").orElseThrow().error().location()).isEqualTo("/hooks/0/when");
    }

    @Test
    void hiddenAndFilelessDirectoriesAreNotServices() {
        assertThat(result.service("hidden")).isEmpty();
        assertThat(result.service(".hidden")).isEmpty();
        assertThat(result.failure("not-a-service")).isEmpty();
    }

    @Test
    void warningsOfAllServicesAreCollected() {
        assertThat(result.warnings()).extracting(LoadWarning::file, LoadWarning::pointer)
                .containsExactly(tuple(
                        tree.resolve("etc/alpha/conductor-service.json"), "/colour"));
    }

    @Test
    void defaultRootsAreInPrecedenceOrder() {
        assertThat(ServiceFileLoader.DEFAULT_ROOTS).containsExactly(Path.of("/etc/conductor/services"),
                Path.of("/run/conductor/services"), Path.of("/usr/share/conductor/services"));
    }
}
