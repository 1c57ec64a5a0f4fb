package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.ServiceFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionUnitsTest {

    private static final Path SOCKETS = Path.of("/run/conductor/functions/processes");

    @Test
    void singleAndMultiAreAcceptSocketsWhoseProcessesHaveTheConnectionAsStdio() {
        FunctionUnits units = FunctionUnits.of("svc-f", function(FunctionMode.MULTI, List.of("MemoryMax=50M")),
                Path.of("/srv/svc"), Map.of("TAG", "v1"), SOCKETS);

        assertThat(units.base()).matches("conductor-fn-svc-f-[0-9a-f]{8}");
        assertThat(units.service()).isEqualTo(units.base() + "@.service");
        assertThat(units.socketLines()).contains("Accept=yes", "SocketMode=0600", "TriggerLimitIntervalSec=0",
                "ListenStream=" + units.socketPath());
        assertThat(units.socketPath().getParent()).isEqualTo(SOCKETS);
        assertThat(units.serviceLines()).contains("StandardInput=socket", "StandardOutput=socket",
                "WorkingDirectory=/srv/svc", "Environment=\"TAG=v1\"", "MemoryMax=50M",
                "Slice=" + FunctionScope.SLICE, "CollectMode=inactive-or-failed");
        assertThat(units.instance(7, 42)).isEqualTo(units.base() + "@7-42-0.service");
    }

    @Test
    void parallelIsOneDaemonThatGetsTheListeningSocket() {
        FunctionUnits units = FunctionUnits.of("svc", function(FunctionMode.PARALLEL, List.of()), Path.of("/srv"),
                Map.of(), SOCKETS);

        assertThat(units.service()).isEqualTo(units.base() + ".service");
        assertThat(units.socketLines()).contains("Accept=no");
        assertThat(units.serviceLines()).doesNotContain("StandardInput=socket");
    }

    @Test
    void valuesAndWordsStayLiteralForSystemd() {
        FunctionUnits units = FunctionUnits.of("svc", function(FunctionMode.SINGLE, List.of()), Path.of("/srv"),
                Map.of("ODD", "a \"b\" \\ 100% $HOME\nnext"), SOCKETS);

        assertThat(units.serviceLines()).contains("Environment=\"ODD=a \\\"b\\\" \\\\ 100%% $HOME\\nnext\"");
        assertThat(FunctionUnits.command(List.of("/srv/run it", "$USER", "50%")))
                .isEqualTo("\"/srv/run it\" \"$$USER\" \"50%%\"");
    }

    @Test
    void aChangedDefinitionGetsOtherUnitsAndTheSameOneTheSame() {
        FunctionUnits one = FunctionUnits.of("svc", function(FunctionMode.MULTI, List.of()), Path.of("/srv"),
                Map.of("TAG", "v1"), SOCKETS);
        FunctionUnits same = FunctionUnits.of("svc", function(FunctionMode.MULTI, List.of()), Path.of("/srv"),
                Map.of("TAG", "v1"), SOCKETS);
        FunctionUnits changed = FunctionUnits.of("svc", function(FunctionMode.MULTI, List.of()), Path.of("/srv"),
                Map.of("TAG", "v2"), SOCKETS);

        assertThat(same).isEqualTo(one);
        assertThat(changed.base()).isNotEqualTo(one.base());
        assertThat(changed.socketPath()).isNotEqualTo(one.socketPath());
    }

    private static ServiceFunction function(FunctionMode mode, List<String> directives) {
        return new ServiceFunction("f", FunctionFormat.HTTP_STDIO, mode, List.of("/srv/run"), false, null, false, 0,
                null, directives, null, null, null, null, null, null, null);
    }
}
