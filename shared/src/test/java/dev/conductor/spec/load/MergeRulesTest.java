package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.conductor.spec.Command;
import dev.conductor.spec.Conditions;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.HealthCheck;
import dev.conductor.spec.Hook;
import dev.conductor.spec.HookWhen;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** merge/services/app inherits merge/base; each test checks one rule. */
class MergeRulesTest {

    private final ServiceSpec spec = new ServiceFileLoader().load(Fixtures.path("merge/services/app")).spec();

    @Test
    void configMergesByKeyKeepsOrderAndNullRemovesAKey() {
        assertThat(spec.config()).containsExactly(
                entry("A", "1"), entry("B", "child-b"), entry("C", "true"), entry("E", "2.50"));
    }

    @Test
    void podsMergeByNameAndAChildPodReplacesTheParentsWhole() {
        assertThat(spec.pods()).containsExactly(
                new Pod("", "/tpl/base-main.sh", null, List.of()),
                new Pod("worker", "/tpl/child-worker.sh", null, List.of()),
                new Pod("cron", "/tpl/child-cron.sh", null, List.of()));
    }

    @Test
    void functionsMergeByName() {
        assertThat(spec.functions()).containsExactly(
                function("", "/bin/base-fn", 1), function("status", "/bin/child-status", 0));
    }

    private static ServiceFunction function(String name, String exec, int pathInfoStrip) {
        return new ServiceFunction(name, null, null, List.of(exec), false, List.of(), false, pathInfoStrip, null,
                List.of(), List.of(), null, null, null, null, null, null);
    }

    @Test
    void hooksMergeById() {
        assertThat(spec.hooks()).containsExactly(
                new Hook("migrate", HookWhen.POST_START, List.of("/bin/child-migrate"), Hook.DEFAULT_TIMEOUT_SEC),
                new Hook("notify", HookWhen.POST_START, List.of("/bin/base-notify"), Hook.DEFAULT_TIMEOUT_SEC),
                new Hook("warm-up", HookWhen.POST_START, List.of("/bin/child-warm-up"), Hook.DEFAULT_TIMEOUT_SEC));
    }

    @Test
    void commandsMergeByKeyAndEachIsReplacedWhole() {
        assertThat(spec.commands()).containsExactly(
                entry("console", new Command(true, false, false, "", List.of("/bin/child-console"))),
                entry("backup", new Command(true, false, false, "Back up", List.of("/bin/base-backup"))),
                entry("seed", new Command(true, false, false, "", List.of("/bin/child-seed"))));
    }

    @Test
    void scalarFieldsSetByTheChildReplaceTheParents() {
        assertThat(spec.appName()).isEqualTo("child-app");
    }

    @Test
    void fieldsAbsentInTheChildAreInherited() {
        assertThat(spec.instanceName()).isEqualTo("base-instance");
        assertThat(spec.disabled()).isTrue();
        assertThat(spec.conditions()).isEqualTo(new Conditions(List.of("base-*"), Map.of("tier", "front")));
        assertThat(spec.proxyConfigTemplate()).isEqualTo("/tpl/base-proxy.sh");
        assertThat(spec.displayServiceDeploymentConfig()).containsExactly("B");
        assertThat(spec.displayDeploymentConfig()).containsExactly("C");
    }

    @Test
    void anEmptyListInTheChildReplacesTheParents() {
        assertThat(spec.displayServiceConfig()).isEmpty();
    }

    @Test
    void healthCheckIsReplacedWholeNotMergedField() {
        assertThat(spec.healthCheck()).isEqualTo(new HealthCheck("/", 9090, HealthCheck.DEFAULT_INTERVAL_SEC,
                HealthCheck.DEFAULT_TIMEOUT_SEC, HealthCheck.DEFAULT_EXPECTED_STATUS, 0));
    }

    @Test
    void sourcesListParentsFirst() {
        assertThat(spec.sources()).containsExactly(
                Fixtures.file("merge/base"), Fixtures.file("merge/services/app"));
    }

    @Test
    void severalParentsMergeInDeclarationOrderThenTheChild() {
        ServiceSpec multi = new ServiceFileLoader().load(Fixtures.path("multi/services/app")).spec();

        assertThat(multi.appName()).isEqualTo("two-app");
        assertThat(multi.instanceName()).isEqualTo("one");
        assertThat(multi.config()).containsExactly(entry("X", "one"), entry("Y", "two"), entry("Z", "child"));
        assertThat(multi.sources()).containsExactly(Fixtures.file("multi/one"), Fixtures.file("multi/two"),
                Fixtures.file("multi/services/app"));
    }
}
