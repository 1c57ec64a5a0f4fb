package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.spec.Command;
import dev.conductor.spec.CommandRemote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code remote} on a command: read with its defaults, and refused when it would be open or ambiguous. */
class RemoteCommandTest {

    @TempDir
    Path root;

    @Test
    void remoteIsReadWithItsBoundsDefaulted() throws IOException {
        Command command = load("""
                {"service": true, "exec": ["./migrate.sh"], "remote": {"policies": ["ops/deploy", "admin"]}}""");

        assertThat(command.remote()).isEqualTo(new CommandRemote(List.of("ops/deploy", "admin"),
                CommandRemote.DEFAULT_MAX_CONCURRENCY, CommandRemote.DEFAULT_TIMEOUT_SEC));
        assertThat(command.exec().get(0)).isEqualTo(root.resolve("svc/migrate.sh").toString());
        assertThat(load("{\"service\": true, \"exec\": [\"/bin/m\"], \"remote\": {\"policies\": [\"ops\"],"
                + " \"max_concurrency\": 3, \"timeout_sec\": 20}}").remote())
                .isEqualTo(new CommandRemote(List.of("ops"), 3, 20));
    }

    @Test
    void aCommandWithoutRemoteIsNotExposed() throws IOException {
        assertThat(load("{\"service\": true, \"exec\": [\"/bin/m\"]}").remote()).isNull();
    }

    @Test
    void aRemoteCommandNamesAtLeastOnePolicy() {
        assertThatThrownBy(() -> load("{\"service\": true, \"exec\": [\"/bin/m\"], \"remote\": {}}"))
                .isInstanceOf(ServiceFileException.class)
                .hasMessageContaining("/commands/m/remote/policies").hasMessageContaining("at least one policy");
        assertThatThrownBy(() -> load("{\"service\": true, \"exec\": [\"/bin/m\"], \"remote\": {\"policies\": []}}"))
                .hasMessageContaining("/commands/m/remote/policies");
    }

    @Test
    void policyNamesFollowTheRequirementSyntax() {
        for (String bad : List.of("", "../x", "ops/", "ops/a/b", "-ops", "o ps")) {
            assertThatThrownBy(() -> load("{\"service\": true, \"exec\": [\"/bin/m\"], \"remote\": {\"policies\":"
                    + " [\"" + bad + "\"]}}")).as(bad).isInstanceOf(ServiceFileException.class)
                    .hasMessageContaining("/commands/m/remote/policies/0")
                    .hasMessageContaining("\"" + bad + "\" must be POLICY or POLICY/AUTHORIZATION");
        }
    }

    @Test
    void onlyAServiceCommandCanBeRemote() {
        assertThatThrownBy(() -> load("{\"deployment\": true, \"service_any_deployment\": true, \"exec\": [\"/bin/m\"],"
                + " \"remote\": {\"policies\": [\"ops\"]}}"))
                .isInstanceOf(ServiceFileException.class)
                .hasMessageContaining("/commands/m/remote").hasMessageContaining("command \"m\" is remote")
                .hasMessageContaining("\"service\": true");
    }

    @Test
    void boundsMustBePositive() {
        assertThatThrownBy(() -> load("{\"service\": true, \"exec\": [\"/bin/m\"], \"remote\": {\"policies\": [\"ops\"],"
                + " \"max_concurrency\": 0, \"timeout_sec\": -1}}"))
                .hasMessageContaining("/commands/m/remote/max_concurrency")
                .hasMessageContaining("/commands/m/remote/timeout_sec");
    }

    @Test
    void theActionFormatIsNotDeclaredAsAFunction() throws IOException {
        Path dir = Files.createDirectories(root.resolve("fn"));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME),
                "{\"functions\": [{\"format\": \"action\", \"exec\": [\"/bin/a\"]}]}");

        assertThatThrownBy(() -> new ServiceFileLoader().load(dir))
                .hasMessageContaining("/functions/0/format").hasMessageContaining("declare it under commands{}");
    }

    private Command load(String command) throws IOException {
        Path dir = Files.createDirectories(root.resolve("svc"));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME), "{\"commands\": {\"m\": " + command + "}}");
        return new ServiceFileLoader().load(dir).spec().commands().get("m");
    }
}
