package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.proxy.ProxySnippet;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.ServiceFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote commands as functions of format action, and their routes: always behind the auth step. */
class ActionFunctionsTest {

    @TempDir
    Path dir;

    @Test
    void eachRemoteCommandIsAnActionFunctionWithItsBounds() throws IOException {
        ServiceSpec spec = spec();
        Map<String, ServiceFunction> actions = ActionFunctions.of(spec);

        assertThat(actions).containsOnlyKeys("web~migrate");
        ServiceFunction migrate = actions.get("web~migrate");
        assertThat(migrate.format()).isEqualTo(FunctionFormat.ACTION);
        assertThat(migrate.exec()).containsExactly(dir.resolve("web/migrate.sh").toString(), "--verbose");
        assertThat(migrate.path()).isEqualTo("/action/web/migrate");
        assertThat(migrate.policies()).containsExactly("ops/deploy");
        assertThat(migrate.maxConcurrency()).isEqualTo(2);
        assertThat(migrate.timeoutSec()).isEqualTo(9);
        assertThat(migrate.maxBodyBytes()).isEqualTo(ActionFunctions.MAX_BODY_BYTES);
        assertThat(ActionFunctions.variables(Map.of("TAG", "v1"), migrate, dir.resolve("web")))
                .containsEntry("TAG", "v1").containsEntry("CONDUCTOR_COMMAND", "migrate")
                .containsEntry("CONDUCTOR_COMMAND_DIR", dir.resolve("web").toString());
    }

    @Test
    void theRouteMatchesTheActionsPathDeletesClientIdentityAndAsksTheAuthSocketFirst() throws IOException {
        List<ProxySnippet> routes = FunctionRoutes.of(spec());

        assertThat(routes).extracting(snippet -> snippet.config().get("@id").asText())
                .containsExactly("conductor-function-web-hello", "conductor-function-web~migrate");
        JsonNode action = routes.get(1).config();
        assertThat(action.at("/match/0/path").toString()).isEqualTo("[\"/action/web/migrate\"]");
        JsonNode handle = action.get("handle");
        assertThat(handle.get(0).at("/request/delete").toString())
                .isEqualTo("[\"X-Conductor-Subject\",\"X-Conductor-Policy\"]");
        assertThat(handle.get(1).at("/rewrite/uri").asText()).isEqualTo("/auth/web~migrate");
        assertThat(handle.get(1).at("/upstreams/0/dial").asText()).isEqualTo("unix//run/conductor/auth.sock");
        assertThat(handle.get(2).at("/upstreams/0/dial").asText())
                .isEqualTo("unix//run/conductor/functions/web~migrate.sock");
        assertThat(FunctionRoutes.actions(spec())).containsExactly(routes.get(1));
    }

    private ServiceSpec spec() throws IOException {
        Path service = Files.createDirectories(dir.resolve("web"));
        Files.writeString(service.resolve("conductor-service.json"), """
                {"functions": [{"name": "hello", "exec": ["./hello.sh"]}],
                 "commands": {
                   "migrate": {"service": true, "exec": ["./migrate.sh", "--verbose"],
                               "remote": {"policies": ["ops/deploy"], "max_concurrency": 2, "timeout_sec": 9}},
                   "console": {"service": true, "exec": ["./console.sh"]}}}""");
        return new ServiceFileLoader().load(service).spec();
    }
}
