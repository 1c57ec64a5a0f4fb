package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.policy.PolicyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

    @TempDir
    Path root;

    private CommandHarness policy(String... args) {
        return CommandHarness.run(new PolicyCommand(new PolicyStore(List.of(root.resolve("etc"), root.resolve("usr"))),
                Clock.systemUTC()), args);
    }

    @Test
    void aTokenIsPrintedOnceAloneOnTheLastLineAndOnlyItsDigestIsKept() throws Exception {
        assertThat(policy("create", "ops").exitCode()).isZero();
        CommandHarness added = policy("token", "add", "ops", "--name", "ci", "--expires", "30d",
                "--authorization", "deploy");
        List<String> lines = added.out().lines().toList();
        String token = lines.get(lines.size() - 1);

        assertThat(added.exitCode()).isZero();
        assertThat(token).matches("cdt_[A-Za-z0-9_-]{43}");
        Path file = root.resolve("etc/ops/policy.json");
        assertThat(Files.readString(file)).doesNotContain(token).contains("\"sha256\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(policy("show", "ops").out()).contains("ci", "token", "deploy", "active").doesNotContain(token);
        assertThat(policy("show", "ops", "--json").out()).doesNotContain("sha256");
        assertThat(policy("ls").out()).contains("ops");
    }

    @Test
    void testSaysTheDecisionAndRevokeEndsAToken() {
        policy("create", "ops");
        List<String> lines = policy("token", "add", "ops", "--name", "ci", "--authorization", "deploy").out().lines().toList();
        String token = lines.get(lines.size() - 1);

        CommandHarness admitted = policy("test", "ops", "--token", token, "--authorization", "deploy");
        CommandHarness forbidden = policy("test", "ops", "--token", token, "--authorization", "admin");
        policy("token", "revoke", "ops", "ci");
        CommandHarness revoked = policy("test", "ops", "--token", token);

        assertThat(admitted.exitCode()).isZero();
        assertThat(admitted.out()).startsWith("admitted (200): rule 'ci' of 'ops' admits token:ci");
        assertThat(forbidden.exitCode()).isEqualTo(1);
        assertThat(forbidden.out()).startsWith("refused (403)");
        assertThat(revoked.out()).startsWith("refused (401)").doesNotContain(token);
        assertThat(policy("token", "revoke", "ops", "ci").exitCode()).isNotZero();
    }

    @Test
    void keysAreCheckedAndCopiedAndBadInputIsNamed() throws Exception {
        policy("create", "ops");
        Path pem = root.resolve("idp.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Path junk = Files.writeString(root.resolve("junk.pem"), "not a key");

        CommandHarness added = policy("key", "add", "ops", pem.toString(), "--name", "idp", "--issuer", "https://idp");
        CommandHarness bad = policy("key", "add", "ops", junk.toString());

        assertThat(added.exitCode()).isZero();
        assertThat(root.resolve("etc/ops/keys/idp.pem")).exists();
        assertThat(policy("show", "ops").out()).contains("idp", "jwt", "iss https://idp");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("junk.pem");
        assertThat(policy("create", "ops").err()).contains("exists already");
        assertThat(policy("create", "../x").err()).contains("policy name '../x'");
        assertThat(policy("token", "add", "ops", "--expires", "soon").err()).contains("--expires 'soon'");
        assertThat(policy("show", "nope").exitCode()).isEqualTo(5);
    }
}
