package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsTest {

    private static final PublicKey ED25519 = TestKeys.key(TestKeys.ED25519);
    private static final PublicKey ECDSA = TestKeys.key(TestKeys.ECDSA);
    private static final PublicKey RSA = TestKeys.key(TestKeys.RSA);

    @TempDir
    Path dir;

    private KnownHosts knownHosts(String... lines) throws IOException {
        Path file = dir.resolve("known_hosts");
        Files.write(file, List.of(lines));
        return new KnownHosts(file);
    }

    @Test
    void plainEntriesAreKnownUnknownOrChanged() throws IOException {
        KnownHosts hosts = knownHosts("# a comment", "", "10.0.0.5,web1 " + TestKeys.ED25519 + " web1 key");

        assertThat(hosts.check(List.of("web1"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Known());
        assertThat(hosts.check(List.of("10.0.0.5"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Known());
        assertThat(hosts.check(List.of("web2"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Unknown());
        assertThat(hosts.check(List.of("web1"), 2222, ED25519)).isEqualTo(new KnownHosts.Verdict.Unknown());
        assertThat(hosts.check(List.of("web1"), 22, ECDSA))
                .isEqualTo(new KnownHosts.Verdict.Changed(HostKey.of(ED25519)));
    }

    @Test
    void hashedEntriesFromSshKeygenMatchByNameAndPort() throws IOException {
        KnownHosts hosts = knownHosts(TestKeys.HASHED_WEB1, TestKeys.HASHED_WEB1_2222);

        assertThat(hosts.check(List.of("web1.example.org"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Known());
        assertThat(hosts.check(List.of("web1.example.org"), 2222, ECDSA)).isEqualTo(new KnownHosts.Verdict.Known());
        assertThat(hosts.check(List.of("web1.example.org"), 22, RSA))
                .isEqualTo(new KnownHosts.Verdict.Changed(HostKey.of(ED25519)));
        assertThat(hosts.check(List.of("web2.example.org"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Unknown());
    }

    @Test
    void anotherHostsKeyOrAKeyOfAnotherTypeIsAChangeNotAnUnknown() throws IOException {
        KnownHosts hosts = knownHosts("web1 " + TestKeys.RSA, "web2 " + TestKeys.ED25519);

        assertThat(hosts.check(List.of("web1"), 22, ED25519))
                .isEqualTo(new KnownHosts.Verdict.Changed(HostKey.of(RSA)));
    }

    @Test
    void wildcardsAndRevokedKeys() throws IOException {
        KnownHosts hosts = knownHosts("*.example.org " + TestKeys.ECDSA, "@revoked * " + TestKeys.RSA);

        assertThat(hosts.check(List.of("db.example.org"), 22, ECDSA)).isEqualTo(new KnownHosts.Verdict.Known());
        assertThat(hosts.check(List.of("db.example.org"), 22, RSA))
                .as("a revoked key is never accepted").isInstanceOf(KnownHosts.Verdict.Changed.class);
        assertThat(hosts.check(List.of("elsewhere"), 22, RSA)).isInstanceOf(KnownHosts.Verdict.Changed.class);
    }

    @Test
    void aBrokenLineIsSkippedInsteadOfHidingTheOthers() throws IOException {
        KnownHosts hosts = knownHosts("garbage-without-a-key", "web1 ssh-ed25519 !!!notbase64",
                "web1 " + TestKeys.ED25519, "web1 sk-unknown-type@example.com AAAA");

        assertThat(hosts.check(List.of("web1"), 22, ECDSA))
                .isEqualTo(new KnownHosts.Verdict.Changed(HostKey.of(ED25519)));
    }

    @Test
    void addsOpenSshLinesThatItThenKnows() throws IOException {
        Path file = dir.resolve("new/.ssh/known_hosts");
        KnownHosts hosts = new KnownHosts(file);
        assertThat(hosts.check(List.of("10.231.1.2"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Unknown());

        hosts.add("10.231.1.2", 22, ED25519);
        hosts.add("web1", 2222, ECDSA);

        assertThat(Files.readAllLines(file)).containsExactly("10.231.1.2 " + TestKeys.ED25519,
                "[web1]:2222 " + TestKeys.ECDSA);
        assertThat(hosts.check(List.of("10.231.1.2"), 22, ED25519)).isEqualTo(new KnownHosts.Verdict.Known());
        assertThat(hosts.check(List.of("web1"), 2222, ECDSA)).isEqualTo(new KnownHosts.Verdict.Known());
    }

    @Test
    void addingToAFileWithoutFinalNewlineStartsANewLine() throws IOException {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "web1 " + TestKeys.RSA);

        new KnownHosts(file).add("web2", 22, ED25519);

        assertThat(Files.readAllLines(file)).containsExactly("web1 " + TestKeys.RSA, "web2 " + TestKeys.ED25519);
    }

    @Test
    void knownTypesInFileOrderForPreferringThemInKeyExchange() throws IOException {
        KnownHosts hosts = knownHosts("web1 " + TestKeys.RSA, "web2 " + TestKeys.ECDSA,
                "web1 " + TestKeys.ED25519, "web1,web3 " + TestKeys.RSA);

        assertThat(hosts.knownTypes(List.of("web1"), 22)).containsExactly("ssh-rsa", "ssh-ed25519");
        assertThat(hosts.knownTypes(List.of("nowhere"), 22)).isEmpty();
        assertThat(new KnownHosts(dir.resolve("missing")).knownTypes(List.of("web1"), 22)).isEmpty();
    }
}
