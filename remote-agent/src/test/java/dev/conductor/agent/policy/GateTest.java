package dev.conductor.agent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path root;
    private PolicyAdmin admin;
    private Gate gate;
    private String ci;

    @BeforeEach
    void aPolicyWithATokenThatMayDeploy() {
        PolicyStore store = new PolicyStore(List.of(root));
        admin = new PolicyAdmin(store, Clock.fixed(NOW, ZoneOffset.UTC));
        admin.create("ops");
        ci = admin.addToken("ops", "ci", null, List.of("deploy")).token();
        gate = new Gate(new PolicyCache(store, System::nanoTime), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aGoodTokenIsAdmittedWithItsNameAsSubject() {
        Decision decision = gate.decide(List.of(Requirement.parse("ops/deploy")), "Bearer " + ci);

        assertThat(decision.admitted()).isTrue();
        assertThat(decision.subject()).isEqualTo("token:ci");
        assertThat(decision.policy()).isEqualTo("ops/deploy");
    }

    @Test
    void noWrongOrMalformedCredentialIsAdmittedAndNoReasonQuotesIt() {
        for (String header : new String[] {null, "", "Basic abc", "Bearer ", "Bearer wrong", "bearer " + ci + "x"}) {
            Decision decision = gate.decide(List.of(Requirement.parse("ops")), header);
            assertThat(decision.status()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(decision.reason()).doesNotContain(ci);
        }
        assertThat(gate.decide(List.of(Requirement.parse("ops")), "bearer " + ci).admitted()).isTrue();
    }

    @Test
    void aTokenWithoutTheAuthorizationIsForbiddenAndAnUnknownPolicyRefuses() {
        Decision forbidden = gate.decide(List.of(Requirement.parse("ops/admin")), "Bearer " + ci);
        Decision unknown = gate.decide(List.of(Requirement.parse("nope")), "Bearer " + ci);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.reason()).contains("rule 'ci' of 'ops' does not grant 'admin'");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.reason()).contains("no policy 'nope'");
    }

    @Test
    void revokedAndExpiredTokensAreRefused() {
        String soon = admin.addToken("ops", "soon", NOW.minusSeconds(1), List.of()).token();
        admin.revoke("ops", "ci");
        Gate fresh = new Gate(new PolicyCache(new PolicyStore(List.of(root)), System::nanoTime),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(fresh.decide(List.of(Requirement.parse("ops")), "Bearer " + ci).status()).isEqualTo(401);
        Decision expired = fresh.decide(List.of(Requirement.parse("ops")), "Bearer " + soon);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.reason()).contains("rule 'soon' of 'ops': the token expired");
    }

    @Test
    void aJwtFromTheKeysIssuerIsAdmittedWithItsSubject() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Path pem = root.resolve("idp.pem");
        Files.writeString(pem, TestJws.pem(pair.getPublic()));
        admin.addKey("ops", pem, "idp", "https://idp", "conductor", List.of("deploy"));
        String good = TestJws.es256(pair, "{\"sub\":\"alice\",\"iss\":\"https://idp\",\"aud\":\"conductor\",\"exp\":"
                + NOW.plusSeconds(60).getEpochSecond() + "}");
        String wrongAudience = TestJws.es256(pair, "{\"sub\":\"alice\",\"iss\":\"https://idp\",\"aud\":\"other\"}");

        Decision admitted = gate.decide(List.of(Requirement.parse("ops/deploy")), "Bearer " + good);
        Decision refused = gate.decide(List.of(Requirement.parse("ops/deploy")), "Bearer " + wrongAudience);

        assertThat(admitted.admitted()).isTrue();
        assertThat(admitted.subject()).isEqualTo("alice");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.reason()).contains("rule 'idp' of 'ops'").doesNotContain(wrongAudience);
    }
}
