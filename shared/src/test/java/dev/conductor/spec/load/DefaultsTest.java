package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.spec.Command;
import dev.conductor.spec.Conditions;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.HealthCheck;
import dev.conductor.spec.Hook;
import dev.conductor.spec.HookWhen;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultsTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @Test
    void emptyFileGivesEmptyCollectionsAndNamedApp() {
        ServiceSpec spec = loader.load(Fixtures.path("defaults/services/minimal")).spec();

        assertThat(spec.name()).isEqualTo("minimal");
        assertThat(spec.appName()).isEqualTo("minimal");
        assertThat(spec.instanceName()).isEmpty();
        assertThat(spec.disabled()).isFalse();
        assertThat(spec.conditions()).isEqualTo(Conditions.NONE);
        assertThat(spec.config()).isEmpty();
        assertThat(spec.pods()).isEmpty();
        assertThat(spec.proxyConfigTemplate()).isNull();
        assertThat(spec.hooks()).isEmpty();
        assertThat(spec.commands()).isEmpty();
        assertThat(spec.functions()).isEmpty();
        assertThat(spec.displayServiceConfig()).isEmpty();
        assertThat(spec.displayServiceDeploymentConfig()).isEmpty();
        assertThat(spec.displayDeploymentConfig()).isEmpty();
        assertThat(spec.healthCheck()).isNull();
    }

    @Test
    void entriesGetTheirDefaults() {
        ServiceSpec spec = loader.load(Fixtures.path("defaults/services/filled")).spec();

        assertThat(spec.pods()).containsExactly(new Pod("", "/p", null, List.of()));
        assertThat(spec.hooks()).containsExactly(new Hook("h", HookWhen.POST_STOP_SERVICE, List.of("/bin/h"), 60));
        assertThat(spec.commands().get("c")).isEqualTo(new Command(false, false, false, "", List.of("/bin/c")));
        assertThat(spec.functions()).containsExactly(new ServiceFunction("", FunctionFormat.CGI, FunctionMode.SINGLE,
                List.of("/bin/f"), false, List.of(), false, 0, null, List.of(), List.of(), 0, 16, 100, 60, 30, 1048576L));
        assertThat(spec.healthCheck()).isEqualTo(new HealthCheck("/", 8080, 1, 5, 200, 0));
    }

    @Test
    void allEightHookPhasesAreKnown() {
        ServiceSpec spec = loader.load(Fixtures.path("defaults/services/all-hook-phases")).spec();

        assertThat(spec.hooks()).extracting(Hook::when).containsExactly(
                HookWhen.PRE_START, HookWhen.POST_START, HookWhen.PRE_STOP, HookWhen.POST_STOP,
                HookWhen.PRE_START_SERVICE, HookWhen.POST_START_SERVICE, HookWhen.PRE_STOP_SERVICE,
                HookWhen.POST_STOP_SERVICE, HookWhen.PRE_START);
        assertThat(spec.hooks(HookWhen.PRE_START)).extracting(Hook::id).containsExactly("a", "i");
    }
}
