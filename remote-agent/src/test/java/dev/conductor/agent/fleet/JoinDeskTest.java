package dev.conductor.agent.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.agent.fleet.nats.MemoryKvStore;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA host's answer to joins, with Debian's real openssl and the in-memory KV. */
class JoinDeskTest {

    @TempDir
    Path dir;
    private final LocalProcessRunner processes = new LocalProcessRunner();
    private final Openssl openssl = new Openssl(processes);
    private final MemoryKvStore kv = new MemoryKvStore(Clock.systemUTC());
    private final List<String> log = new ArrayList<>();
    private ClusterPaths paths;
    private ClusterSettings settings;
    private JoinDesk desk;

    @BeforeEach
    void makeTheCa() {
        paths = new ClusterPaths(dir.resolve("nats"), dir.resolve("store"), dir.resolve("unit"));
        openssl.newKey(paths.caKey());
        PrivateFiles.write(paths.caCert(), openssl.newCa(paths.caKey(), "test CA"));
        settings = new ClusterSettings("conductor", "h1", "10.0.0.1", 4222, 6222, List.of("10.0.0.1:6222"),
                "agent-pass", "join-pass", true);
        kv.ensureBucket(FleetBuckets.peers(1));
        desk = new JoinDesk(kv, settings, paths, openssl, log::add);
    }

    @Test
    void aGoodInviteGetsACertificateFromTheCaAndTheCredentialsSealedOnce() throws IOException {
        Invite invite = new Invites(paths, Clock.systemUTC()).create(settings, ClusterSettings.caPem(paths),
                List.of("10.0.0.1:4222"), Duration.ofMinutes(5));
        byte[] request = request(invite.secret(), "h2", "10.0.0.2");

        JoinMessages.Reply reply = JsonFiles.MAPPER.readValue(desk.answer(request), JoinMessages.Reply.class);
        assertThat(reply.error()).isNull();
        assertThat(new String(Base64.getDecoder().decode(reply.sealed()))).doesNotContain("agent-pass");
        JoinMessages.Grant grant = JsonFiles.MAPPER.readValue(Sealed.open(invite.secret(),
                Base64.getDecoder().decode(reply.sealed())), JoinMessages.Grant.class);
        assertThat(grant.agentPassword()).isEqualTo("agent-pass");
        assertThat(grant.routes()).containsExactly("10.0.0.1:6222");
        Path cert = dir.resolve("h2.crt");
        PrivateFiles.write(cert, grant.cert());
        assertThat(processes.run(ProcessSpec.of("openssl", "verify", "-CAfile", paths.caCert().toString(),
                cert.toString())).stdout()).contains("OK");
        assertThat(processes.run(ProcessSpec.of("openssl", "x509", "-in", cert.toString(), "-noout", "-ext",
                "subjectAltName,extendedKeyUsage")).stdout()).contains("IP Address:10.0.0.2", "DNS:h2",
                "TLS Web Server Authentication", "TLS Web Client Authentication");

        JoinMessages.Reply again = JsonFiles.MAPPER.readValue(desk.answer(request), JoinMessages.Reply.class);
        assertThat(again.error()).isEqualTo("invite already used");
        assertThat(log).anyMatch(line -> line.contains("refused join of h2"));
    }

    @Test
    void aMemberNameOrAMalformedRequestIsRefusedWithoutUsingTheInvite() throws IOException {
        Invite invite = new Invites(paths, Clock.systemUTC()).create(settings, ClusterSettings.caPem(paths),
                List.of("10.0.0.1:4222"), Duration.ofMinutes(5));
        assertThat(JsonFiles.MAPPER.readValue(desk.answer(request(invite.secret(), "h1", "10.0.0.9")),
                JoinMessages.Reply.class).error()).contains("already an alive member");
        assertThat(JsonFiles.MAPPER.readValue(desk.answer(request(invite.secret(), "h3", "10.0.0.300")),
                JoinMessages.Reply.class).error()).contains("'10.0.0.300' is not an IPv4 address");
        assertThat(JsonFiles.MAPPER.readValue(desk.answer(request(invite.secret(), "h3", "10.0.0.3")),
                JoinMessages.Reply.class).error()).isNull();
    }

    private byte[] request(String secret, String host, String address) {
        Path key = dir.resolve(host + ".key");
        openssl.newKey(key);
        return Invites.json(new JoinMessages.Request(secret, host, address, openssl.csr(key, host)));
    }
}
