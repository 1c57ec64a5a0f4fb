package dev.conductor.protocol.method;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each params record writes the JSON consoles have always sent, and the agent reads it back as the same record. */
class ParamsWireTest {

    @Test
    void namesAndNoParams() {
        assertWire(MethodNames.SERVICES_LIST, NoParams.NONE, "{}");
        assertWire(MethodNames.SERVICE_SHOW, new NameParams("web"), "{\"name\":\"web\"}");
        assertWire(MethodNames.COMMANDS_LIST, new ServiceParams("web"), "{\"service\":\"web\"}");
    }

    @Test
    void deployWritesWholeSecondsAsIntegersAndLeavesDefaultsOut() {
        assertWire(MethodNames.SERVICE_DEPLOY, new DeployParams("web", 120.0, 2.0),
                "{\"name\":\"web\",\"timeout_sec\":120,\"drain_sec\":2}");
        assertWire(MethodNames.SERVICE_DEPLOY, new DeployParams("web", 30.0, 0.5),
                "{\"name\":\"web\",\"timeout_sec\":30,\"drain_sec\":0.5}");
        assertWire(MethodNames.SERVICE_DEPLOY, new DeployParams("web", null, null), "{\"name\":\"web\"}");
        assertWire(MethodNames.SERVICE_DEPLOY, new DeployParams("web", null, null, "ann@lap via conductor-tui"),
                "{\"name\":\"web\",\"by\":\"ann@lap via conductor-tui\"}");
        assertWire(MethodNames.SERVICE_ROLLBACK, new RollbackParams("web", 1, "ann@lap via conductor-gui"),
                "{\"name\":\"web\",\"to\":1,\"by\":\"ann@lap via conductor-gui\"}");
    }

    @Test
    void paramsAsJsonEqualTheObjectNodesConsolesBuiltByHand() {
        assertThat(new DeployParams("web", 120.0, 2.0).toJson()).isEqualTo(MessageCodec.MAPPER.createObjectNode()
                .put("name", "web").put("timeout_sec", 120).put("drain_sec", 2));
        assertThat(LogsParams.ofService("web", 200).toJson()).isEqualTo(MessageCodec.MAPPER.createObjectNode()
                .put("service", "web").put("lines", 200));
    }

    @Test
    void rollback() {
        assertWire(MethodNames.SERVICE_ROLLBACK, new RollbackParams("web", 1), "{\"name\":\"web\",\"to\":1}");
        assertWire(MethodNames.SERVICE_ROLLBACK, new RollbackParams("web", null), "{\"name\":\"web\"}");
        assertWire(MethodNames.SERVICE_ROLLBACK, new RollbackParams("web", 3, 60.0, 1.0),
                "{\"name\":\"web\",\"to\":3,\"timeout_sec\":60,\"drain_sec\":1}");
    }

    @Test
    void configSetKeepsTheOrderOfItsValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("TAG", "v2");
        values.put("NOTE", "two words");
        assertWire(MethodNames.SERVICE_CONFIG_SET, new ConfigSetParams("web", values, true),
                "{\"name\":\"web\",\"values\":{\"TAG\":\"v2\",\"NOTE\":\"two words\"},\"reload\":true}");
    }

    @Test
    void commandRunInAServiceOrADeployment() {
        assertWire(MethodNames.COMMAND_RUN, CommandRunParams.ofService("web", "migrate", List.of("--to", "v 2")),
                "{\"service\":\"web\",\"command\":\"migrate\",\"args\":[\"--to\",\"v 2\"]}");
        assertWire(MethodNames.COMMAND_RUN, CommandRunParams.ofDeployment("web-3", "shell", List.of()),
                "{\"deployment\":\"web-3\",\"command\":\"shell\",\"args\":[]}");
    }

    @Test
    void logsOfAServiceADeploymentAUnitOrAFunction() {
        assertWire(MethodNames.LOGS_FOLLOW, LogsParams.ofService("web", 100), "{\"service\":\"web\",\"lines\":100}");
        assertWire(MethodNames.LOGS_FOLLOW, LogsParams.ofDeployment("web-3", 0), "{\"deployment\":\"web-3\",\"lines\":0}");
        assertWire(MethodNames.LOGS_FOLLOW, new LogsParams(null, null, "caddy.service", null),
                "{\"unit\":\"caddy.service\"}");
        assertWire(MethodNames.LOGS_FOLLOW, LogsParams.ofFunction("web-api", 10), "{\"lines\":10,\"function\":\"web-api\"}");
    }

    @Test
    void aRequestCarriesTheWireNameAndTheParams() {
        Request request = MethodNames.SERVICE_STOP.request("7", new NameParams("web"));
        assertThat(MessageCodec.write(request))
                .isEqualTo("{\"type\":\"request\",\"id\":\"7\",\"method\":\"service.stop\",\"params\":{\"name\":\"web\"}}");
        assertThat(MessageCodec.write(MethodNames.RELOAD.request("8", null)))
                .isEqualTo("{\"type\":\"request\",\"id\":\"8\",\"method\":\"reload\",\"params\":{}}");
    }

    @Test
    void everyMethodHasADistinctWireName() {
        assertThat(MethodNames.ALL).extracting(MethodName::wire).doesNotHaveDuplicates().hasSize(23)
                .contains("service.config.set", "functions.list", "events.subscribe");
    }

    @Test
    void waitParamsLeaveOutWhatIsNotGiven() {
        assertWire(MethodNames.SERVICE_WAIT, new WaitParams("web", null, null), "{\"name\":\"web\"}");
        assertWire(MethodNames.SERVICE_WAIT, new WaitParams("web", 3, 60.0),
                "{\"name\":\"web\",\"revision\":3,\"timeout_sec\":60}");
    }

    private static <P extends RequestParams> void assertWire(MethodName<P, ?> method, P params, String json) {
        String line = MessageCodec.write(method.request("1", params));
        assertThat(line).isEqualTo("{\"type\":\"request\",\"id\":\"1\",\"method\":\"" + method.wire()
                + "\",\"params\":" + json + "}");
        assertThat(method.read((Request) MessageCodec.read(line))).isEqualTo(params);
    }
}
