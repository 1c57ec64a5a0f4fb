package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host whose key changes after it was trusted: refused with a warning, never asked about. */
@SandboxTest
class HostKeyChangeIT {

    @Test
    void aChangedHostKeyIsRefusedNamingHostAndBothFingerprints(SandboxHost host, @TempDir Path dir)
            throws IOException {
        SshTestHome home = SshTestHome.create(dir);
        home.authorize("id_ed25519", host);
        String oldFingerprint = fingerprint(host);
        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW))) {
            transport.connect("root@" + host.ip()).close();
        }
        String knownHosts = Files.readString(home.paths().knownHosts());

        host.execOk("sh", "-c", "rm -f /etc/ssh/ssh_host_ed25519_key* && ssh-keygen -q -t ed25519 -N '' -f"
                + " /etc/ssh/ssh_host_ed25519_key && systemctl restart ssh");
        String newFingerprint = fingerprint(host);
        assertThat(newFingerprint).isNotEqualTo(oldFingerprint);

        AtomicInteger asked = new AtomicInteger();
        HostKeyTrust wouldAccept = (name, port, key) -> {
            asked.incrementAndGet();
            return HostKeyTrust.Decision.ACCEPT;
        };
        try (SshTransport transport = new SshTransport(home.options(wouldAccept))) {
            assertThatThrownBy(() -> transport.connect("root@" + host.ip()))
                    .isInstanceOfSatisfying(HostKeyException.class, e -> {
                        assertThat(e.reason()).isEqualTo(HostKeyException.Reason.CHANGED);
                        assertThat(e.known().fingerprint()).isEqualTo(oldFingerprint);
                        assertThat(e.presented().fingerprint()).isEqualTo(newFingerprint);
                    })
                    .hasMessage("WARNING: THE HOST KEY OF " + host.ip() + " HAS CHANGED; refusing to connect: someone"
                            + " could be intercepting the connection, or the host was reinstalled. known_hosts has"
                            + " ED25519 key fingerprint is " + oldFingerprint + ", the host presented ED25519 key"
                            + " fingerprint is " + newFingerprint + ". If the change is expected, remove the old key"
                            + " with: ssh-keygen -f " + home.paths().knownHosts() + " -R '" + host.ip() + "'");
        }
        assertThat(asked).as("the trust callback is never asked about a changed key").hasValue(0);
        assertThat(Files.readString(home.paths().knownHosts())).isEqualTo(knownHosts);
    }

    private static String fingerprint(SandboxHost host) {
        return host.execOk("ssh-keygen", "-lf", "/etc/ssh/ssh_host_ed25519_key.pub").stdout().split(" ")[1];
    }
}
