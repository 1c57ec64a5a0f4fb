package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conductor.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

class InheritanceTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @Test
    void cycleThroughTheServiceIsRefusedAndNamed() {
        var a = Fixtures.file("cycle/services/a");
        var b = Fixtures.file("cycle/b");

        assertThatThrownBy(() -> loader.load(a.getParent()))
                .isInstanceOfSatisfying(ServiceFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(b);
                    assertThat(e.location()).isEqualTo("/inherit/0");
                })
                .hasMessage(b + ":/inherit/0: inheritance cycle: " + a + " -> " + b + " -> " + a);
    }

    @Test
    void cycleAmongParentsNamesOnlyTheLoop() {
        var d = Fixtures.file("cycle/d");
        var e = Fixtures.file("cycle/e");

        assertThatThrownBy(() -> loader.load(Fixtures.path("cycle/services/c")))
                .hasMessage(e + ":/inherit/0: inheritance cycle: " + d + " -> " + e + " -> " + d);
    }

    @Test
    void inheritingItselfIsACycle() {
        var self = Fixtures.file("cycle/services/self");

        assertThatThrownBy(() -> loader.load(self.getParent()))
                .hasMessage(self + ":/inherit/0: inheritance cycle: " + self + " -> " + self);
    }

    @Test
    void diamondIsNotACycle() {
        ServiceSpec spec = loader.load(Fixtures.path("cycle/services/diamond")).spec();

        assertThat(spec.appName()).isEqualTo("left");
        assertThat(spec.instanceName()).isEqualTo("right");
        assertThat(spec.config()).containsExactly(entry("ROOT", "yes"));
        assertThat(spec.sources()).containsExactly(Fixtures.file("cycle/root"), Fixtures.file("cycle/left"),
                Fixtures.file("cycle/right"), Fixtures.file("cycle/services/diamond"));
    }

    @Test
    void ignoreErrorSkipsMissingAndBrokenParentsWithWarnings() {
        var app = Fixtures.file("ignore/services/app");
        var broken = Fixtures.file("ignore/broken");

        LoadedService loaded = loader.load(app.getParent());

        assertThat(loaded.spec().appName()).isEqualTo("good-app");
        assertThat(loaded.spec().instanceName()).isEqualTo("child");
        assertThat(loaded.spec().sources()).containsExactly(Fixtures.file("ignore/good"), app);
        assertThat(loaded.warnings()).extracting(LoadWarning::file, LoadWarning::pointer)
                .containsExactly(
                        tuple(app, "/inherit/0"),
                        tuple(app, "/inherit/1"));
        assertThat(loaded.warnings().get(0).message())
                .startsWith("ignored inherit \"../../missing/conductor-service.json\": ")
                .contains("not found");
        assertThat(loaded.warnings().get(1).message())
                .isEqualTo("ignored inherit \"../../broken\": " + broken + ":1:14: expected ':' after field name,"
                        + " found '\"'");
    }

    @Test
    void ignoreErrorAlsoSkipsACycle() {
        LoadedService loaded = loader.load(Fixtures.path("cycle/services/ignored"));

        assertThat(loaded.spec().appName()).isEqualTo("survivor");
        assertThat(loaded.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("inheritance cycle"));
    }

    @Test
    void missingParentWithoutIgnoreErrorFailsAtTheInheritEntry() {
        var strict = Fixtures.file("ignore/services/strict");

        assertThatThrownBy(() -> loader.load(strict.getParent()))
                .hasMessage(strict + ":/inherit/0: inherited file \"../../missing\" not found (looked for "
                        + Fixtures.path("ignore").resolve("missing") + ")");
    }

    @Test
    void brokenParentWithoutIgnoreErrorFailsWithTheParentsLocation() {
        var broken = Fixtures.file("ignore/broken");

        assertThatThrownBy(() -> loader.load(Fixtures.path("ignore/services/strict-broken")))
                .isInstanceOfSatisfying(ServiceFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(broken);
                    assertThat(e.location()).isEqualTo("1:14");
                });
    }
}
