package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.context.TestContexts;
import dev.conductor.agent.secret.InMemorySecretStore;
import dev.conductor.spec.ServiceSpec;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SecretCommandTest {

    private final InMemorySecretStore store = new InMemorySecretStore();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        ServiceSpec declared = TestContexts.spec(Path.of("/srv/web"), Map.of());
        ServiceSpec withSecrets = new ServiceSpec(declared.name(), declared.directory(), List.of(), null, null, false,
                null, Map.of(), List.of(), null, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of("DB_PASSWORD", "API_TOKEN"), null, 1);
        SecretCommand command = new SecretCommand(store, name -> withSecrets,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null);
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void setReadsTheValueFromStandardInputWithoutItsNewlineAndNeverPrintsIt() {
        assertThat(run("correct horse\n", "set", "web", "DB_PASSWORD")).isZero();

        assertThat(store.get("web", "DB_PASSWORD")).contains("correct horse");
        assertThat(out.toString()).isEqualTo("set secret DB_PASSWORD of service web\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aKeyTheServiceDoesNotDeclareIsSavedWithANote() {
        assertThat(run("some value", "set", "web", "EXTRA_KEY")).isZero();

        assertThat(err.toString()).contains("does not list 'EXTRA_KEY' in \"secrets\"");
    }

    @Test
    void lsShowsDeclaredAndSetSecretsButNoValue() {
        run("correct horse", "set", "web", "DB_PASSWORD");

        assertThat(run("", "ls", "web")).isZero();

        assertThat(out.toString()).contains("DB_PASSWORD", "API_TOKEN", "not set").doesNotContain("correct horse");
    }

    @Test
    void lsJsonHasKeyDeclaredAndSet() {
        run("correct horse", "set", "web", "DB_PASSWORD");
        out.getBuffer().setLength(0);

        run("", "ls", "web", "--json");

        assertThat(out.toString().replaceAll("\\s", "")).contains("{\"key\":\"DB_PASSWORD\",\"declared\":true,\"set\":\"1970-01-01T00:00:00Z\"}",
                "{\"key\":\"API_TOKEN\",\"declared\":true,\"set\":null}");
    }

    @Test
    void rmRemovesAndSaysSoWhenThereIsNothing() {
        run("correct horse", "set", "web", "DB_PASSWORD");

        assertThat(run("", "rm", "web", "DB_PASSWORD")).isZero();
        assertThat(store.get("web", "DB_PASSWORD")).isEmpty();
        assertThat(run("", "rm", "web", "DB_PASSWORD")).isEqualTo(1);
        assertThat(err.toString()).contains("service 'web' has no secret 'DB_PASSWORD'");
    }

    @Test
    void aValueTooShortToMaskIsRefused() {
        assertThat(run("abc\n", "set", "web", "DB_PASSWORD")).isNotZero();

        assertThat(store.get("web", "DB_PASSWORD")).isEmpty();
    }
}
