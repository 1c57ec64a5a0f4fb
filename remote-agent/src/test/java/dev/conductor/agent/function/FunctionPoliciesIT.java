package dev.conductor.agent.function;

import static dev.conductor.agent.function.FunctionClient.bearer;
import static dev.conductor.agent.function.FunctionClient.lastLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.agent.policy.TestJws;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Policies in front of functions, through Caddy's forward-auth to the resident agent, on a sandbox host. */
@SandboxTest
class FunctionPoliciesIT {

    private static final String DIR = "/etc/conductor/services/guarded/";
    private static final String HITS = "/run/guarded-hits";
    private static AgentHost agent;
    private static FunctionClient client;
    private static String ci;
    private static String viewer;
    private static KeyPair rsa;
    private static KeyPair ec;

    @BeforeAll
    static void protectedFunctions(SandboxHost host) throws Exception {
        agent = AgentHost.install(host);
        client = new FunctionClient(agent, DIR);
        host.writeFile(DIR + "conductor-service.json", """
                {"functions": [
                   {"name": "who", "exec": ["./who.sh"], "policies": ["ops"]},
                   {"name": "deploy", "exec": ["./who.sh"], "policies": ["ops/deploy"]},
                   {"name": "open", "exec": ["./who.sh"]}
                 ]}
                """);
        // each run leaves a mark: a refused request must leave none
        client.script("who.sh", "echo hit >> " + HITS + "\nprintf 'Content-Type: text/plain\\n\\n%s|%s|%s|%s' "
                + "\"$HTTP_X_CONDUCTOR_SUBJECT\" \"$HTTP_X_CONDUCTOR_POLICY\" \"$REQUEST_METHOD\" \"$(cat)\"");
        agent.agentOk("policy", "create", "ops");
        ci = lastLine(agent.agentOk("policy", "token", "add", "ops", "--name", "ci", "--authorization", "deploy").stdout());
        viewer = lastLine(agent.agentOk("policy", "token", "add", "ops", "--name", "viewer").stdout());
        rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ec = generator.generateKeyPair();
        host.writeFile("/root/rsa.pem", TestJws.pem(rsa.getPublic()));
        host.writeFile("/root/ec.pem", TestJws.pem(ec.getPublic()));
        agent.agentOk("policy", "key", "add", "ops", "/root/rsa.pem", "--name", "rsa", "--audience", "conductor");
        agent.agentOk("policy", "key", "add", "ops", "/root/ec.pem", "--name", "ec", "--issuer", "https://idp");
        agent.agentOk("reload");
        agent.awaitTrue("the protected route", () -> curl("http://localhost/cgi/guarded-who").startsWith("401 "));
    }

    @Test
    void tokensAdmitOrAreRefusedAndTheFunctionRunsOnlyWhenAdmitted() {
        int before = hits();
        assertThat(curl("http://localhost/cgi/guarded-who")).startsWith("401 ").contains("www-authenticate: bearer");
        assertThat(curl("-H", "Authorization: Bearer cdt_wrong", "http://localhost/cgi/guarded-who")).startsWith("401 ");
        assertThat(curl("-H", "X-Conductor-Subject: root", "http://localhost/cgi/guarded-who")).startsWith("401 ");
        assertThat(curl("-H", bearer(viewer), "http://localhost/cgi/guarded-deploy")).startsWith("403 ");
        assertThat(hits()).isEqualTo(before);

        assertThat(curl("-H", bearer(ci), "http://localhost/cgi/guarded-who")).startsWith("200 ").endsWith("token:ci|ops|GET|");
        assertThat(curl("-H", bearer(ci), "-H", "X-Conductor-Subject: root", "-H", "X-Conductor-Policy: admin",
                "--data-binary", "the body", "http://localhost/cgi/guarded-deploy"))
                .startsWith("200 ").endsWith("token:ci|ops/deploy|POST|the body");
        assertThat(curl("-H", "X-Conductor-Subject: root", "http://localhost/cgi/guarded-open")).endsWith("||GET|");
        assertThat(hits()).isEqualTo(before + 3);
    }

    @Test
    void revokedAndExpiredTokensAreRefusedAndTheJournalNamesTheRuleNotTheToken() throws Exception {
        String revoked = lastLine(agent.agentOk("policy", "token", "add", "ops", "--name", "gone").stdout());
        String brief = lastLine(agent.agentOk("policy", "token", "add", "ops", "--name", "brief", "--expires", "3s")
                .stdout());
        agent.awaitTrue("the new token admitted", () -> curl("-H", bearer(revoked), "http://localhost/cgi/guarded-who")
                .startsWith("200 "));
        agent.agentOk("policy", "token", "revoke", "ops", "gone");
        agent.awaitTrue("the revoked token refused", () -> curl("-H", bearer(revoked), "http://localhost/cgi/guarded-who")
                .startsWith("401 "));
        Thread.sleep(3_500);
        assertThat(curl("-H", bearer(brief), "http://localhost/cgi/guarded-who")).startsWith("401 ");

        String journal = agent.host().execOk("journalctl", "-u", "conductor-agent", "--no-pager").stdout();
        assertThat(journal).contains("rule 'brief' of 'ops': the token expired").doesNotContain(brief)
                .doesNotContain(revoked);
        assertThat(agent.host().execOk("stat", "-c", "%a %G", "/run/conductor/auth.sock").stdout()).startsWith("660 caddy");
        assertThat(agent.host().execOk("stat", "-c", "%a", "/etc/conductor/policies/ops/policy.json").stdout())
                .startsWith("600");
    }

    @Test
    void jwtsSignedByThePolicysKeysAdmitAndForgeriesDoNot() throws Exception {
        long now = Instant.now().getEpochSecond();
        String rsaGood = TestJws.rs256(rsa, claims("alice", "\"aud\":[\"x\",\"conductor\"],\"exp\":" + (now + 300)));
        String ecGood = TestJws.es256(ec, claims("bob", "\"iss\":\"https://idp\""));
        assertThat(curl("-H", bearer(rsaGood), "http://localhost/cgi/guarded-who")).endsWith("alice|ops|GET|");
        assertThat(curl("-H", bearer(ecGood), "http://localhost/cgi/guarded-who")).endsWith("bob|ops|GET|");

        int before = hits();
        for (String forged : List.of(
                TestJws.rs256(rsa, claims("alice", "\"aud\":\"conductor\",\"exp\":" + (now - 300))),
                TestJws.rs256(rsa, claims("alice", "\"aud\":\"conductor\",\"nbf\":" + (now + 300))),
                TestJws.rs256(rsa, claims("alice", "\"aud\":\"elsewhere\"")),
                TestJws.es256(ec, claims("bob", "\"iss\":\"https://evil\"")),
                TestJws.unsigned(claims("alice", "\"aud\":\"conductor\"")),
                TestJws.hs256(TestJws.pem(rsa.getPublic()).getBytes(StandardCharsets.US_ASCII),
                        claims("alice", "\"aud\":\"conductor\"")),
                TestJws.rs256(KeyPairGenerator.getInstance("RSA").generateKeyPair(), claims("alice", "\"aud\":\"conductor\"")))) {
            assertThat(curl("-H", bearer(forged), "http://localhost/cgi/guarded-who")).as(forged).startsWith("401 ");
        }
        // a JWT grants no authorization of a token rule: the rules say what each grants
        assertThat(curl("-H", bearer(rsaGood), "http://localhost/cgi/guarded-deploy")).startsWith("403 ");
        assertThat(hits()).isEqualTo(before);
        assertThat(agent.agent("policy", "test", "ops", "--token", rsaGood).stdout()).startsWith("admitted (200)");
    }

    private static String claims(String subject, String more) {
        return "{\"sub\":\"" + subject + "\"," + more + "}";
    }

    private static int hits() {
        return (int) agent.host().exec("cat", HITS).stdout().lines().count();
    }

    private static String curl(String... args) {
        return client.curl(args);
    }
}
