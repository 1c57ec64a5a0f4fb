package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.spec.ServiceFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives put a request's process in a systemd scope; without them it starts directly. */
class FunctionScopeTest {

    @Test
    void directivesBecomeTheScopesPropertiesUserAndGroup() {
        assertThat(FunctionScope.command(function(List.of()))).containsExactly("/srv/f", "--flag");
        assertThat(FunctionScope.command(function(List.of("MemoryMax=50M", "User=nobody", "Group=nogroup"))))
                .containsExactly("systemd-run", "--scope", "--quiet", "--collect", "--slice=conductor-functions.slice",
                        "--property=MemoryMax=50M", "--uid=nobody", "--gid=nogroup", "--", "/srv/f", "--flag");
    }

    @Test
    void theForkServersScopeLeavesUserAndGroupToTheServer() {
        ServiceFunction function = function(List.of("User=a", "MemoryMax=50M", "User=nobody"));
        assertThat(FunctionScope.scope(function)).containsExactly("systemd-run", "--scope", "--quiet", "--collect",
                "--slice=conductor-functions.slice", "--property=MemoryMax=50M", "--");
        assertThat(FunctionScope.user(function)).isEqualTo("nobody");
        assertThat(FunctionScope.group(function)).isEmpty();
        assertThat(FunctionScope.scope(function(List.of("User=nobody")))).isEmpty();
    }

    private static ServiceFunction function(List<String> directives) {
        return new ServiceFunction("", null, null, List.of("/srv/f", "--flag"), false, List.of(), false, 0, null,
                directives, List.of(), null, null, null, null, null, null);
    }
}
