package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** rebase/services/app inherits rebase/mid/layer, which inherits rebase/grand. */
class PathRebasingTest {

    private final Path root = Fixtures.path("rebase");
    private final ServiceSpec spec = new ServiceFileLoader().load(root.resolve("services/app")).spec();

    private String under(String relative) {
        return root.resolve(relative).toString();
    }

    @Test
    void grandparentTemplatesStayRelativeToTheGrandparent() {
        assertThat(spec.pod("").orElseThrow().podTemplate()).isEqualTo(under("grand/templates/pod.sh"));
        assertThat(spec.pod("").orElseThrow().configMapTemplate()).isEqualTo(under("grand/templates/config-map.sh"));
    }

    @Test
    void grandparentHookExecIsRebasedButItsArgumentsAreNot() {
        assertThat(spec.hooks().get(0).exec()).containsExactly(under("grand/hooks/prepare.sh"), "./arg-stays");
    }

    @Test
    void commandOnThePathIsNotRebased() {
        assertThat(spec.commands().get("shell").exec()).containsExactly("bash", "-c", "./not-a-path");
    }

    @Test
    void parentPathsStayRelativeToTheParent() {
        assertThat(spec.proxyConfigTemplate()).isEqualTo(under("mid/layer/proxy.sh"));
        assertThat(spec.function("").orElseThrow().exec()).containsExactly(under("mid/bin/fn.cgi"), "--cgi");
    }

    @Test
    void absoluteExecIsKept() {
        assertThat(spec.hooks().get(1).exec()).containsExactly("/usr/bin/true");
    }

    @Test
    void childPathsAreRelativeToTheChildAndNormalized() {
        assertThat(spec.pod("side").orElseThrow().podTemplate()).isEqualTo(under("shared/side.sh"));
        assertThat(spec.commands().get("migrate").exec()).containsExactly(under("services/app/migrate.cmd"));
    }
}
