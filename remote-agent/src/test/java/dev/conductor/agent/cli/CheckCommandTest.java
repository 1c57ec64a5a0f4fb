package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conductor.agent.policy.PolicyAdmin;
import dev.conductor.agent.policy.PolicyStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path root;

    @Test
    void reportsBrokenServiceWithLocationAndStillLoadsTheOthers() throws Exception {
        writeService("web", "{\"app_name\": \"web\", \"config\": {\"A\": 1}}");
        writeService("broken", "{\n  \"inherit\" [\"x\"]\n}");
        Run run = run("check", "--root", root.toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).contains("ok      web")
                .contains("FAILED  broken  " + root.resolve("broken/conductor-service.json") + ":2:")
                .contains("2 services: 1 ok, 1 failed");
    }

    @Test
    void jsonOutputCarriesFilePointerAndReason() throws Exception {
        writeService("hooks", "{\"hooks\": [{\"id\": \"h\", \"when\": \"sometimes\", \"exec\": [\"./h\"]}]}");
        Run run = run("check", "--json", "--root", root.toString());
        JsonNode problem = new ObjectMapper().readTree(run.out).at("/failures/0/problems/0");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(problem.get("file").asText()).isEqualTo(root.resolve("hooks/conductor-service.json").toString());
        assertThat(problem.get("location").asText()).isEqualTo("/hooks/0/when");
        assertThat(problem.get("reason").asText()).contains("sometimes");
    }

    @Test
    void allGoodExitsZero() throws Exception {
        writeService("web", "{\"app_name\": \"web\", // comment\n \"config\": {\"A\": true,},}");
        Run run = run("check", "--root", root.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("1 services: 1 ok, 0 failed, 0 warnings");
    }

    @Test
    void shippedSampleServicesLoadCleanly() {
        Run run = run("check", "--root", Path.of("..", "installers", "samples").toString());
        assertThat(run.out).contains("ok      hello").contains("0 failed, 0 warnings");
        assertThat(run.exitCode).isZero();
    }

    @Test
    void warnsOfPoliciesThatRefuseEveryRequest(@TempDir Path policies) throws Exception {
        PolicyAdmin admin = new PolicyAdmin(new PolicyStore(List.of(policies)), Clock.systemUTC());
        admin.create("empty");
        admin.create("ops");
        admin.addToken("ops", "ci", null, List.of("deploy"));
        writeService("api", """
                {"functions": [{"name": "ok", "exec": ["/bin/true"], "policies": ["ops", "ops/deploy"]},
                               {"name": "gone", "exec": ["/bin/true"], "policies": ["nobody"]},
                               {"name": "grant", "exec": ["/bin/true"], "policies": ["ops/admin", "empty"]}],
                 "commands": {"migrate": {"service": true, "exec": ["/bin/true"], "remote": {"policies": ["missing"]}}}}""");

        Run run = run("check", "--root", root.toString(), "--policy-root", policies.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("function 'api-gone' needs 'nobody', but there is no policy 'nobody'")
                .contains("function 'api-grant' needs 'ops/admin', but no rule of policy 'ops' grants 'admin'")
                .contains("function 'api-grant' needs 'empty', but policy 'empty' has no rules")
                .contains("remote action 'api~migrate' needs 'missing', but there is no policy 'missing'")
                .doesNotContain("'api-ok'").contains("1 ok, 0 failed, 4 warnings");
    }

    @Test
    void aFunctionPolicyThatIsNotARequirementFailsTheService() throws Exception {
        writeService("api", "{\"functions\": [{\"exec\": [\"/bin/true\"], \"policies\": [\"ops/a/b\"]}]}");

        Run run = run("check", "--root", root.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).contains("/functions/0/policies/0").contains("POLICY or POLICY/AUTHORIZATION");
    }

    private void writeService(String name, String json) throws Exception {
        Files.createDirectories(root.resolve(name));
        Files.writeString(root.resolve(name).resolve("conductor-service.json"), json);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        return new Run(code, out.toString());
    }

    private record Run(int exitCode, String out) {}
}
