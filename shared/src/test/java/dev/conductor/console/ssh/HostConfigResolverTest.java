package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostConfigResolverTest {

    @TempDir
    Path home;

    private HostConfigResolver resolver;

    @BeforeEach
    void writeConfig() throws IOException {
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/config"), """
                Host web1
                    HostName 10.231.1.2
                    User deploy
                    Port 2222
                    IdentityFile ~/.ssh/web_key
                    IdentitiesOnly yes

                Host *.lab
                    User admin
                    IdentityAgent none

                Host *
                    IdentityFile /etc/keys/shared
                """);
        resolver = new HostConfigResolver(SshPaths.under(home));
    }

    @Test
    void anAliasTakesHostNameUserPortAndIdentityFromTheConfigWithTildeInTheGivenHome() {
        HostConfigEntry entry = resolver.resolve(Destination.parse("web1"));

        assertThat(entry.getHostName()).isEqualTo("10.231.1.2");
        assertThat(entry.getUsername()).isEqualTo("deploy");
        assertThat(entry.getPort()).isEqualTo(2222);
        assertThat(entry.getIdentities()).containsExactly(home.resolve(".ssh/web_key").toString(), "/etc/keys/shared");
        assertThat(entry.isIdentitiesOnly()).isTrue();
    }

    @Test
    void whatTheDestinationSaysWins() {
        HostConfigEntry entry = resolver.resolve(Destination.parse("root@web1:22"));

        assertThat(entry.getHostName()).isEqualTo("10.231.1.2");
        assertThat(entry.getUsername()).isEqualTo("root");
        assertThat(entry.getPort()).isEqualTo(22);
    }

    @Test
    void patternsApplyAndUnmatchedValuesGetTheDefaults() {
        HostConfigEntry lab = resolver.resolve(Destination.parse("db.lab"));
        assertThat(lab.getHostName()).isEqualTo("db.lab");
        assertThat(lab.getUsername()).isEqualTo("admin");
        assertThat(lab.getPort()).isEqualTo(22);
        assertThat(lab.getProperty("IdentityAgent")).isEqualTo("none");

        HostConfigEntry plain = resolver.resolve(Destination.parse("10.9.9.9"));
        assertThat(plain.getUsername()).isEqualTo(System.getProperty("user.name"));
        assertThat(plain.getIdentities()).containsExactly("/etc/keys/shared");
    }

    @Test
    void noConfigFileMeansTheDestinationAsGiven() {
        HostConfigEntry entry = new HostConfigResolver(SshPaths.under(home.resolve("elsewhere")))
                .resolve(Destination.parse("root@10.231.1.2"));

        assertThat(entry.getHostName()).isEqualTo("10.231.1.2");
        assertThat(entry.getUsername()).isEqualTo("root");
        assertThat(entry.getPort()).isEqualTo(22);
        assertThat(entry.getIdentities()).isEmpty();
    }
}
