package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.MethodNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The methods against a test engine: listings, details, errors and their codes, deploy progress, config. */
class ServeMethodsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String WEB = """
            {"app_name": "shop", "instance_name": "prod",
             "config": {"TAG": "v1", "DB_PASSWORD": "hunter2"},
             "commands": {"version": {"service": true, "description": "Print the version", "exec": ["./version.sh"]}},
             "display_service_config": ["TAG", "DB_PASSWORD"],
             "display_deployment_config": ["TAG"]}""";

    @TempDir
    Path root;
    TestEngine host;
    PipedServer server;
    ProtocolClient client;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", WEB);
        host.serving("web", 1, Map.of("TAG", "v1", "DB_PASSWORD", "hunter2"), "web-r1");
        host.systemd().set("conductor-service@web.service", "active").set("conductor-deployment@web-r1.service", "active");
        host.podman().pod("web-r1", "Running", "10.88.0.5");
        server = new PipedServer(ServeMethods.of(host::graph, List::of, Duration.ofMillis(20), Duration.ofMinutes(5)));
        client = server.client();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        server.close();
    }

    @Test
    void listingsCarryStatesAndDisplayColumnsWithSecretsMasked() {
        JsonNode service = client.call("services.list", params(), WAIT).result().path("services").get(0);
        JsonNode deployment = client.call("deployments.list", params(), WAIT).result().path("deployments").get(0);

        assertThat(service.path("name").asText()).isEqualTo("web");
        assertThat(service.path("state").asText()).isEqualTo("Stable");
        assertThat(service.path("deployments").toString()).isEqualTo("[\"web-r1\"]");
        assertThat(service.path("display").toString()).isEqualTo("{\"TAG\":\"v1\",\"DB_PASSWORD\":\"********\"}");
        assertThat(deployment.path("state").asText()).isEqualTo("active/Running");
        assertThat(deployment.path("ip").asText()).isEqualTo("10.88.0.5");
        assertThat(deployment.path("display").toString()).isEqualTo("{\"TAG\":\"v1\"}");
        assertThat(server.lines()).noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void detailsEnvironmentHistoryAndConfigNeverShowSecrets() {
        JsonNode show = client.call("service.show", params("name", "web"), WAIT).result();
        JsonNode env = client.call("service.env", params("name", "web"), WAIT).result().path("environment");
        JsonNode deploymentEnv = client.call("deployment.env", params("name", "web-r1"), WAIT).result().path("environment");
        JsonNode history = client.call("service.history", params("name", "web"), WAIT).result();
        JsonNode config = client.call("service.config.get", params("name", "web"), WAIT).result();

        assertThat(show.path("instance").asText()).isEqualTo("prod");
        assertThat(env.path("CONDUCTOR_SERVICE_NAME").asText()).isEqualTo("web");
        assertThat(env.path("DB_PASSWORD").asText()).isEqualTo("********");
        assertThat(deploymentEnv.path("CONDUCTOR_DEPLOYMENT").asText()).isEqualTo("web-r1");
        assertThat(deploymentEnv.path("POD_IP_ADDRESS").asText()).isEqualTo("10.88.0.5");
        assertThat(history.path("serving").asInt()).isEqualTo(1);
        assertThat(history.path("revisions").get(0).path("config").path("DB_PASSWORD").asText()).isEqualTo("********");
        assertThat(config.path("config").toString()).isEqualTo("{\"TAG\":\"v1\",\"DB_PASSWORD\":\"********\"}");
        assertThat(server.lines()).noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void engineExceptionsBecomeErrorCodesWithDetails() {
        host.service("broken", "{\"config\": {\"TAG\": \"v1\"},\n  \"pods\": [oops]}");

        ErrorReply.Body broken = client.call("service.show", params("name", "broken"), WAIT).error();
        assertThat(broken.code()).isEqualTo("bad_service_file");
        assertThat(broken.details()).containsKeys("file", "location", "reason");
        assertThat(broken.details().get("file")).endsWith("broken/conductor-service.json");
        assertThat(broken.details().get("location")).isEqualTo("/pods");
        assertThat(broken.details().get("reason")).isNotBlank();
        assertThat(broken.message()).contains("broken/conductor-service.json");
        assertThat(code("service.show", params("name", "nope"))).isEqualTo("not_found");
        assertThat(code("deployment.env", params("name", "web-r9"))).isEqualTo("not_found");
        assertThat(code("service.show", params("name", "../etc"))).isEqualTo("bad_request");
        assertThat(code("service.show", params())).isEqualTo("bad_request");
        host.systemd().set("conductor-service@web.service", "inactive");
        assertThat(code("service.rollback", params("name", "web"))).isEqualTo("deploy_failed");
    }

    @Test
    void deployStreamsItsStepsBeforeTheResult() {
        host.systemd().set("conductor-service@web.service", "inactive");

        ProtocolClient.Reply deploy = client.call("service.deploy", params("name", "web"), WAIT);

        assertThat(deploy.data("progress")).extracting(step -> step.path("step").asText()).containsExactly("start", "done");
        assertThat(deploy.data("progress").get(0).path("seconds").isNumber()).isTrue();
        assertThat(deploy.result().path("state").asText()).isEqualTo("Stable");
        assertThat(host.systemd().calls()).contains("start conductor-service@web.service");
    }

    @Test
    void theAnswersReadAsTheConsolesRecordsAndWriteBackTheSameJson() {
        assertRoundTrip(MethodNames.SERVICE_SHOW, client.call("service.show", params("name", "web"), WAIT).result());
        assertRoundTrip(MethodNames.SERVICE_HISTORY, client.call("service.history", params("name", "web"), WAIT).result());
        assertRoundTrip(MethodNames.SERVICE_WAIT, client.call("service.wait", params("name", "web"), WAIT).result());
        assertRoundTrip(MethodNames.COMMANDS_LIST, client.call("commands.list", params("service", "web"), WAIT).result());
        host.systemd().set("conductor-service@web.service", "inactive");
        assertRoundTrip(MethodNames.SERVICE_DEPLOY, client.call("service.deploy", params("name", "web"), WAIT).result());
        assertRoundTrip(MethodNames.RELOAD, client.call("reload", params(), WAIT).result());
    }

    @Test
    void controlAndConfigSetAnswerWithWhatHappened() {
        ObjectNode set = params("name", "web");
        set.putObject("values").put("TAG", "v2");
        set.put("reload", false);

        assertThat(client.call("service.stop", params("name", "web"), WAIT).result().path("message").asText())
                .isEqualTo("stopped conductor-service@web.service");
        assertThat(client.call("service.config.set", set, WAIT).result().path("message").asText())
                .startsWith("set TAG; saved");
        JsonNode config = client.call("service.config.get", params("name", "web"), WAIT).result();
        assertThat(config.path("config").path("TAG").asText()).isEqualTo("v2");
        assertThat(config.path("overridden").toString()).isEqualTo("[\"TAG\"]");
        set.putObject("values").put("CONDUCTOR_APP", "x");
        assertThat(code("service.config.set", set)).isEqualTo("bad_request");
    }

    @Test
    void commandsAreListedAndRunWithStreamedOutputAndExitCode() {
        host.script("web", "version.sh", "echo \"v1 $1\"; echo warning >&2; exit 3");
        ObjectNode run = params("service", "web", "command", "version");
        run.putArray("args").add("a b");

        JsonNode commands = client.call("commands.list", params("service", "web"), WAIT).result().path("commands");
        ProtocolClient.Reply reply = client.call("command.run", run, WAIT);

        assertThat(commands.toString()).isEqualTo(
                "[{\"name\":\"version\",\"description\":\"Print the version\",\"contexts\":[\"service\"]}]");
        assertThat(reply.result().path("exit_code").asInt()).isEqualTo(3);
        assertThat(joined(reply, "stdout")).isEqualTo("v1 a b\n");
        assertThat(joined(reply, "stderr")).isEqualTo("warning\n");
    }

    @Test
    void cancelOfACommandKillsItsProcessTree() throws Exception {
        Path pidFile = root.resolve("sleep.pid");
        host.script("web", "version.sh", "sleep 60 & echo $! > " + pidFile + "; echo started; wait");

        String id = client.request("command.run", params("service", "web", "command", "version"));
        client.awaitEvent(id, event -> event.data().path("data").asText().contains("started"), WAIT);
        long sleepPid = Long.parseLong(Files.readString(pidFile).strip());
        client.cancel(id);

        assertThat(client.awaitEnd(id, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(gone(sleepPid)).as("sleep %d killed", sleepPid).isTrue();
    }

    @Test
    void aStoppedCommandLeavesNoProcessOfItsTreeBehind() throws Exception {
        Path self = root.resolve("self.pid");
        Path grandchild = root.resolve("grandchild.pid");
        host.script("web", "version.sh", "echo $$ > " + self + "; sh -c 'sleep 60 & echo $! > " + grandchild
                + "; wait' & echo started; wait");

        String id = client.request("command.run", params("service", "web", "command", "version"));
        client.awaitEvent(id, event -> event.data().path("data").asText().contains("started"), WAIT);
        long scriptPid = Long.parseLong(Files.readString(self).strip());
        long sleepPid = Long.parseLong(awaitFile(grandchild).strip());
        client.cancel(id);

        assertThat(client.awaitEnd(id, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(gone(scriptPid)).as("the command's own process %d", scriptPid).isTrue();
        assertThat(gone(sleepPid)).as("its grandchild %d", sleepPid).isTrue();
    }

    private static String awaitFile(Path file) throws Exception {
        for (int i = 0; i < 100 && (!Files.exists(file) || Files.readString(file).isBlank()); i++) {
            Thread.sleep(50);
        }
        return Files.readString(file);
    }

    private static void assertRoundTrip(MethodName<?, ?> method, JsonNode answer) {
        JsonNode written = MessageCodec.MAPPER.valueToTree(method.result(answer));
        assertThat(written).as(method.wire()).isEqualTo(answer);
    }

    // SIGKILL takes effect asynchronously, and the orphan must be reaped before it is gone
    private static boolean gone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
        return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private String code(String method, ObjectNode params) {
        return client.call(method, params, WAIT).error().code();
    }

    private static String joined(ProtocolClient.Reply reply, String stream) {
        return String.join("", reply.data("output").stream().filter(data -> data.path("stream").asText().equals(stream))
                .map(data -> data.path("data").asText()).toList());
    }

    static ObjectNode params(String... keyValues) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return params;
    }
}
