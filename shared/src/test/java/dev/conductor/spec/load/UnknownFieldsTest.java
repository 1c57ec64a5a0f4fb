package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conductor.spec.Hook;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {

    private final LoadedService loaded = new ServiceFileLoader().load(Fixtures.path("unknown/services/app"));

    @Test
    void unknownFieldsBecomeWarningsWithFileAndPointer() {
        var file = Fixtures.file("unknown/services/app");

        assertThat(loaded.warnings())
                .extracting(LoadWarning::file, LoadWarning::pointer, LoadWarning::message)
                .containsExactly(
                        tuple(file, "/colour", "unknown field \"colour\" ignored"),
                        tuple(file, "/hooks/0/timeout", "unknown field \"timeout\" ignored"),
                        tuple(file, "/health_check/retry_policy", "unknown field \"retry_policy\" ignored"),
                        tuple(file, "/pods/0/replicas", "unknown field \"replicas\" ignored"));
        assertThat(loaded.warnings().get(0)).hasToString(file + ":/colour: unknown field \"colour\" ignored");
    }

    @Test
    void knownFieldsAroundUnknownOnesStillLoad() {
        assertThat(loaded.spec().appName()).isEqualTo("known");
        assertThat(loaded.spec().hooks().get(0).timeoutSec()).isEqualTo(Hook.DEFAULT_TIMEOUT_SEC);
        assertThat(loaded.spec().healthCheck().port()).isEqualTo(80);
        assertThat(loaded.spec().pods().get(0).configMapTemplate()).isEqualTo("/cm");
        assertThat(loaded.spec().config()).containsEntry("ANY_KEY", "is not unknown");
    }
}
