package dev.conductor.protocol.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.spec.Command;
import dev.conductor.spec.HealthCheck;
import dev.conductor.spec.Hook;
import dev.conductor.spec.HookWhen;
import dev.conductor.spec.Pod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results and event data write the JSON the agent has always sent, and read back as the same record. */
class ResultsWireTest {

    @Test
    void results() throws JsonProcessingException {
        assertWire(new ExitResult(3), "{\"exit_code\":3}");
        assertWire(new MessageResult("started web"), "{\"message\":\"started web\"}");
        assertWire(new EnvironmentResult(Map.of("TAG", "v1")), "{\"environment\":{\"TAG\":\"v1\"}}");
        assertWire(new ConfigResult(Map.of("TAG", "v1"), List.of("TAG")), "{\"config\":{\"TAG\":\"v1\"},\"overridden\":[\"TAG\"]}");
        assertWire(new CommandsResult(List.of(new CommandInfo("migrate", "runs migrations", List.of("service")))),
                "{\"commands\":[{\"name\":\"migrate\",\"description\":\"runs migrations\",\"contexts\":[\"service\"]}]}");
        assertWire(new HistoryResult(List.of(new RevisionInfo(1, "2025-01-02T03:04:05Z", "deploy",
                Map.of("TAG", "v1"), "abc")), 1), "{\"revisions\":[{\"number\":1,\"created\":\"2025-01-02T03:04:05Z\","
                + "\"reason\":\"deploy\",\"config\":{\"TAG\":\"v1\"},\"spec_hash\":\"abc\"}],\"serving\":1}");
        assertWire(new HistoryResult(List.of(new RevisionInfo(2, "2025-01-02T03:04:05Z", "rollback to 1", Map.of(), "h",
                "console", "ann@lap via conductor-tui", "failed")), 0), "{\"revisions\":[{\"number\":2,"
                + "\"created\":\"2025-01-02T03:04:05Z\",\"reason\":\"rollback to 1\",\"config\":{},\"spec_hash\":\"h\","
                + "\"trigger\":\"console\",\"by\":\"ann@lap via conductor-tui\",\"outcome\":\"failed\"}],\"serving\":0}");
        assertWire(new ServicesResult(List.of(new ServiceRow("web", "app", "i", "Stable", "", List.of("web-1"),
                Map.of(), null, List.of("web-api")))), "{\"services\":[{\"name\":\"web\",\"app\":\"app\",\"instance\":\"i\","
                + "\"state\":\"Stable\",\"reason\":\"\",\"deployments\":[\"web-1\"],\"display\":{},\"error\":null,"
                + "\"functions\":[\"web-api\"]}]}");
        assertWire(new FunctionsResult(List.of(new FunctionRow("web-api", "web", "api", "http-stdio", "multi", "serving",
                "/cgi/web-api", 1, 2, 40, 3, 1.5, 9.2))), "{\"functions\":[{\"id\":\"web-api\",\"service\":\"web\","
                + "\"name\":\"api\",\"format\":\"http-stdio\",\"mode\":\"multi\",\"state\":\"serving\","
                + "\"route\":\"/cgi/web-api\",\"running\":1,\"warm\":2,\"requests\":40,\"errors\":3,"
                + "\"p50_millis\":1.5,\"p95_millis\":9.2}]}");
    }

    @Test
    void theFleetsAnswer() throws JsonProcessingException {
        assertWire(new FleetResult(true, List.of(new FleetServiceInfo("web", 2, "ab12", List.of("h1", "h2"),
                List.of(new RunningInfo("h1", "ab12", "Stable")))), List.of(new FleetHostInfo("h1", "10.0.0.1",
                "alive", "2026-12-06T10:00:00Z", Map.of("tier", "front"), Map.of("vcpu", 4.0), Map.of("vcpu", 2.5)))),
                "{\"cluster\":true,\"services\":[{\"name\":\"web\",\"version\":2,\"digest\":\"ab12\","
                + "\"placed_on\":[\"h1\",\"h2\"],\"running_on\":[{\"host\":\"h1\",\"digest\":\"ab12\","
                + "\"state\":\"Stable\"}]}],\"hosts\":[{\"host\":\"h1\",\"address\":\"10.0.0.1\",\"state\":\"alive\","
                + "\"last_seen\":\"2026-12-06T10:00:00Z\",\"labels\":{\"tier\":\"front\"},\"declared\":{\"vcpu\":4.0},"
                + "\"used\":{\"vcpu\":2.5}}]}");
        assertWire(FleetResult.NO_CLUSTER, "{\"cluster\":false,\"services\":[],\"hosts\":[]}");
        assertThat(Payloads.read(MessageCodec.MAPPER.readTree("{\"cluster\":true}"), FleetResult.class))
                .isEqualTo(new FleetResult(true, List.of(), List.of()));
    }

    @Test
    void aFleetServiceIsMismatchedWhenItRunsElsewhereOrAnotherVersion() {
        RunningInfo h1 = new RunningInfo("h1", "v2", "Stable");
        assertThat(new FleetServiceInfo("web", 2, "v2", List.of("h1"), List.of(h1)).mismatched()).isFalse();
        assertThat(new FleetServiceInfo("web", 2, "v2", List.of("h1", "h2"), List.of(h1)).mismatched()).isTrue();
        assertThat(new FleetServiceInfo("web", 3, "v3", List.of("h1"), List.of(h1)).mismatched()).isTrue();
    }

    @Test
    void anOlderOrNewerAgentsFunctionRowReadsWithDefaults() throws JsonProcessingException {
        FunctionRow row = Payloads.read(MessageCodec.MAPPER.readTree("{\"id\":\"web\",\"requests\":7,\"cold\":1}"),
                FunctionRow.class);
        assertThat(row).isEqualTo(new FunctionRow("web", "", "", "", "", "", "", 0, 0, 7, 0, 0, 0));
    }

    @Test
    void theAnswersOfShowDeployReloadWaitAndEndlessStreams() throws JsonProcessingException {
        assertWire(new ServiceDetails("web", "shop", "prod", "/etc/conductor/services/web", "Stable", "revision 2 serving",
                null, new ReleaseInfo(2, List.of("web-r2")), null, new HealthCheck("/health", 8080, 10, 5, 200, 0),
                List.of(new Pod("", "/srv/web/pod.sh", null, List.of())),
                List.of(new Hook("warm", HookWhen.POST_START, List.of("/srv/web/warm.sh"), 60)),
                Map.of("migrate", new Command(true, false, false, "Run migrations", List.of("/srv/web/migrate.sh"))),
                List.of(new ServiceDetails.DeploymentView("web-r2", "", 2, Map.of("TAG", "v2"))),
                Map.of("TAG", "v2"), List.of("TAG")),
                "{\"name\":\"web\",\"app\":\"shop\",\"instance\":\"prod\",\"directory\":\"/etc/conductor/services/web\","
                + "\"state\":\"Stable\",\"reason\":\"revision 2 serving\",\"hold\":null,"
                + "\"current\":{\"revision\":2,\"deployments\":[\"web-r2\"]},\"next\":null,"
                + "\"health_check\":{\"path\":\"/health\",\"port\":8080,\"interval_sec\":10,\"timeout_sec\":5,"
                + "\"expected_status\":200,\"retries\":0},"
                + "\"pods\":[{\"name\":\"\",\"pod_template\":\"/srv/web/pod.sh\",\"config_map_template\":null,"
                + "\"service_directives\":[]}],"
                + "\"hooks\":[{\"id\":\"warm\",\"when\":\"post-start\",\"exec\":[\"/srv/web/warm.sh\"],\"timeout_sec\":60}],"
                + "\"commands\":{\"migrate\":{\"service\":true,\"service_any_deployment\":false,\"deployment\":false,"
                + "\"description\":\"Run migrations\",\"exec\":[\"/srv/web/migrate.sh\"]}},"
                + "\"deployments\":[{\"name\":\"web-r2\",\"part\":\"\",\"revision\":2,\"display\":{\"TAG\":\"v2\"}}],"
                + "\"config\":{\"TAG\":\"v2\"},\"overridden\":[\"TAG\"]}");
        assertWire(new DeployResult("TryAgainNext", new ReleaseInfo(1, List.of("web-r1")), null, "revision 2 not healthy",
                2, "abc", false, "2026-11-03T10:00:00.123456Z", new DeployResult.Failure(2, 1, "2026-11-03T10:01:00Z")),
                "{\"state\":\"TryAgainNext\",\"current\":{\"revision\":1,\"deployments\":[\"web-r1\"]},\"next\":null,"
                + "\"reason\":\"revision 2 not healthy\",\"hold\":2,\"hold_spec_hash\":\"abc\",\"switched\":false,"
                + "\"updated\":\"2026-11-03T10:00:00.123456Z\","
                + "\"failure\":{\"revision\":2,\"attempts\":1,\"retry_at\":\"2026-11-03T10:01:00Z\"}}");
        assertWire(new ReloadReport(List.of(new ReloadReport.Action("web", "redeployed", "revision 3 serving")),
                List.of(new ReloadReport.Problem("api", "/etc/conductor/services/api/conductor-service.json", "2:11",
                        "unknown field 'pod'")), List.of("old field")),
                "{\"actions\":[{\"service\":\"web\",\"action\":\"redeployed\",\"detail\":\"revision 3 serving\"}],"
                + "\"errors\":[{\"service\":\"api\",\"file\":\"/etc/conductor/services/api/conductor-service.json\","
                + "\"location\":\"2:11\",\"reason\":\"unknown field 'pod'\"}],\"warnings\":[\"old field\"]}");
        assertWire(new WaitResult("superseded", "web", 2, "Stable", "revision 2 no longer serves: revision 3 does"),
                "{\"status\":\"superseded\",\"service\":\"web\",\"revision\":2,\"state\":\"Stable\","
                + "\"reason\":\"revision 2 no longer serves: revision 3 does\"}");
        assertWire(NoResult.NONE, "{}");
    }

    @Test
    void aMethodReadsItsAnswerAsItsRecordAndNoAnswerAsNull() throws JsonProcessingException {
        assertThat(MethodNames.SERVICE_DEPLOY.result(MessageCodec.MAPPER.readTree("{\"state\":\"Stable\"}")).state())
                .isEqualTo("Stable");
        assertThat(MethodNames.COMMAND_RUN.result(NullNode.getInstance())).as("a cancelled stream's end").isNull();
    }

    @Test
    void events() throws JsonProcessingException {
        assertWire(new ProgressEvent("start", "starting web-2", 0.1), "{\"step\":\"start\",\"detail\":\"starting web-2\",\"seconds\":0.1}");
        assertWire(new OutputEvent("stderr", "oops\n"), "{\"stream\":\"stderr\",\"data\":\"oops\\n\"}");
        assertWire(new LogLine("2025-01-02T03:04:05Z", "web.service", "hi"),
                "{\"timestamp\":\"2025-01-02T03:04:05Z\",\"unit\":\"web.service\",\"message\":\"hi\"}");
        assertWire(new RemovedEvent("service", "web"), "{\"kind\":\"service\",\"name\":\"web\"}");
        assertWire(new RemovedEvent("function", "web-api"), "{\"kind\":\"function\",\"name\":\"web-api\"}");
    }

    @Test
    void aNewerAgentsExtraFieldsAreIgnoredAndAWrongShapeIsAFailure() throws JsonProcessingException {
        assertThat(Payloads.read(MessageCodec.MAPPER.readTree("{\"exit_code\":0,\"signal\":\"TERM\"}"), ExitResult.class))
                .isEqualTo(new ExitResult(0));
        assertThatThrownBy(() -> Payloads.read(MessageCodec.MAPPER.readTree("{\"commands\":7}"), CommandsResult.class))
                .isInstanceOf(ProtocolException.class).hasMessageStartingWith("not a CommandsResult: {\"commands\":7}");
    }

    private static void assertWire(Object value, String json) throws JsonProcessingException {
        assertThat(MessageCodec.MAPPER.writeValueAsString(value)).isEqualTo(json);
        assertThat(Payloads.read(MessageCodec.MAPPER.readTree(json), value.getClass())).isEqualTo(value);
    }
}
