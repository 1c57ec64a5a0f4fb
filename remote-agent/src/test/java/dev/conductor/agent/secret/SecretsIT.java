package dev.conductor.agent.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secrets on a real host: systemd-creds at rest, the value in a hook's and a pod's environment
 * (the pod through a Podman secret and secretKeyRef), and no plaintext copy in any file the
 * agent or the journal writes, nor in listings, even when a template prints it in its error.
 */
@SandboxTest
class SecretsIT {

    private static final String SERVICES = "/etc/conductor/services/";
    private static final String PASSWORD = "pw-" + Long.toHexString(System.nanoTime()) + "-Zq8";
    private static final String TOKEN = "tok-" + Long.toHexString(System.nanoTime() * 31) + "-Xy7";
    private static AgentHost agent;

    @BeforeAll
    static void installAgent(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "vault");
        host.execOk("sed", "-i", "s#\"TAG\": \"v1\",#\"TAG\": \"v1\", \"PLAIN\": \"not-secret\",#; s#/hello#/vault#;"
                + " s#\"pods\":#\"secrets\": [\"DB_PASSWORD\"], \"hooks\": [{\"id\": \"seen\", \"when\": \"post-start\","
                + " \"exec\": [\"/bin/sh\", \"-c\", \"printf %s \\\\\"$DB_PASSWORD\\\\\" | sha256sum > /tmp/hook-saw\"]}],"
                + " \"pods\":#", SERVICES + "vault/conductor-service.json");
        host.writeFile(SERVICES + "vault/pod.template", """
                #!/bin/sh
                cat <<YAML
                apiVersion: v1
                kind: Pod
                metadata:
                  name: ${POD_NAME}
                spec:
                  containers:
                    - name: web
                      image: ${IMAGE}:${TAG}
                      command: ["/bin/sh", "-c", "printf %s \\"\\$DB_PASSWORD\\" | /bin/busybox sha256sum > /www/seen; exec /bin/httpd -f -p 8080 -h /www"]
                      env:
                        - name: DB_PASSWORD
                          valueFrom:
                            secretKeyRef: {name: ${CONDUCTOR_POD_SECRET}, key: DB_PASSWORD}
                YAML
                """);
        host.execOk("chmod", "+x", SERVICES + "vault/pod.template");
    }

    @Test
    void aSecretReachesAHookAndAPodAndNoFileHoldsItInPlaintext() {
        ExecResult set = agent.host().execWithInput((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8),
                "conductor-agent", "secret", "set", "vault", "DB_PASSWORD");
        assertThat(set.exitCode()).as(set.stderr()).isZero();
        agent.agentOk("reload");

        String expected = sha256(PASSWORD);
        assertThat(agent.viaCaddy("/vault/seen")).isEqualTo("200 " + expected + "  -");
        assertThat(agent.host().execOk("cat", "/tmp/hook-saw").stdout().strip()).isEqualTo(expected + "  -");
        assertThat(agent.agentOk("secret", "ls", "vault", "--json").stdout())
                .containsPattern("\"key\" ?: ?\"DB_PASSWORD\"").containsPattern("\"declared\" ?: ?true").doesNotContain(PASSWORD);
        assertThat(agent.agentOk("service", "env", "vault").stdout()).contains("DB_PASSWORD=********")
                .doesNotContain(PASSWORD);
        assertThat(agent.agentOk("service", "ls", "--json").stdout()).doesNotContain(PASSWORD);

        assertThat(agent.host().exec("stat", "-c", "%a", "/var/lib/conductor/secrets/vault/DB_PASSWORD.cred")
                .stdout().strip()).isEqualTo("600");
        assertThat(plaintextCopies(PASSWORD)).isEmpty();
        assertThat(agent.host().exec("sh", "-c", "journalctl -o cat --no-pager | grep -cF -- \"$0\"", PASSWORD)
                .stdout().strip()).isEqualTo("0");
    }

    @Test
    void aTemplateThatPrintsASecretInItsErrorShowsItMaskedEverywhere() {
        agent.addSample("hello", "leaky");
        agent.host().execOk("sed", "-i", "s#/hello#/leaky#; s#\"pods\":#\"secrets\": [\"API_TOKEN\"], \"pods\":#",
                SERVICES + "leaky/conductor-service.json");
        agent.host().writeFile(SERVICES + "leaky/proxy-config.template",
                "#!/bin/sh\necho \"calling with Bearer $API_TOKEN failed\" >&2\nexit 3\n");
        agent.host().execOkWithInput(TOKEN.getBytes(StandardCharsets.UTF_8),
                "conductor-agent", "secret", "set", "leaky", "API_TOKEN");

        ExecResult start = agent.agent("service", "start", "leaky");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.stdout() + start.stderr()).contains("Bearer ********").doesNotContain(TOKEN);
        assertThat(agent.agent("service", "ls", "--json").stdout()).doesNotContain(TOKEN);
        assertThat(agent.agent("reload").stdout()).doesNotContain(TOKEN);
        assertThat(plaintextCopies(TOKEN)).isEmpty();
        assertThat(agent.host().exec("sh", "-c", "journalctl -o cat --no-pager | grep -cF -- \"$0\"", TOKEN)
                .stdout().strip()).isEqualTo("0");
        agent.agent("service", "stop", "leaky");
        agent.host().execOk("rm", "-rf", SERVICES + "leaky");
        agent.agent("reload");
    }

    @Test
    void aSecretThatWasNeverSetFailsTheStartNamingItAndHowToSetIt() {
        agent.addSample("hello", "unset");
        agent.host().execOk("sed", "-i", "s#/hello#/unset#; s#\"pods\":#\"secrets\": [\"NEVER_SET\"], \"pods\":#",
                SERVICES + "unset/conductor-service.json");

        ExecResult start = agent.agent("service", "start", "unset");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.stdout() + start.stderr()).contains("secret 'NEVER_SET' of service 'unset' is not set",
                "conductor-agent secret set unset NEVER_SET");
        assertThat(agent.pods()).noneMatch(pod -> pod.startsWith("unset"));
        agent.host().execOk("rm", "-rf", SERVICES + "unset");
        agent.agent("reload");
    }

    @Test
    void theStoreRefusesBadNamesAndShortValuesAndRemovesWhatItHolds() {
        ExecResult bad = agent.host().execWithInput("long-enough".getBytes(StandardCharsets.UTF_8),
                "conductor-agent", "secret", "set", "vault", "NOT-A-NAME");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.stderr()).contains("'NOT-A-NAME' is not a valid environment variable name");
        ExecResult shortValue = agent.host().execWithInput("abc".getBytes(StandardCharsets.UTF_8),
                "conductor-agent", "secret", "set", "vault", "OTHER");
        assertThat(shortValue.stderr()).contains("shorter than 4 characters");

        agent.host().execOkWithInput("to-be-removed".getBytes(StandardCharsets.UTF_8),
                "conductor-agent", "secret", "set", "vault", "SPARE");
        assertThat(agent.agentOk("secret", "ls", "vault").stdout()).contains("SPARE", "no");
        agent.agentOk("secret", "rm", "vault", "SPARE");
        assertThat(agent.agentOk("secret", "ls", "vault").stdout()).doesNotContain("SPARE");
        assertThat(agent.agent("secret", "rm", "vault", "SPARE").exitCode()).isEqualTo(1);
    }

    /** Files anywhere Conductor, systemd or the journal write that hold the value, Podman's storage aside. */
    private static String plaintextCopies(String value) {
        return agent.host().exec("sh", "-c", "grep -rlsF -- \"$0\" /etc /var/lib/conductor /run/conductor /tmp /root"
                + " /var/log /var/lib/systemd /run/systemd /run/log 2>/dev/null; true", value).stdout().strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
