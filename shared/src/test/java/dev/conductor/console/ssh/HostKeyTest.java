package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostKeyTest {

    @Test
    void fingerprintsAreWhatSshKeygenPrints() {
        assertThat(HostKey.fingerprint(TestKeys.key(TestKeys.ED25519))).isEqualTo(TestKeys.ED25519_FINGERPRINT);
        assertThat(HostKey.fingerprint(TestKeys.key(TestKeys.ECDSA))).isEqualTo(TestKeys.ECDSA_FINGERPRINT);
        assertThat(HostKey.fingerprint(TestKeys.key(TestKeys.RSA))).isEqualTo(TestKeys.RSA_FINGERPRINT);
    }

    @Test
    void describesTheKeyAsOpenSshAsksAboutIt() {
        HostKey key = HostKey.of(TestKeys.key(TestKeys.ED25519));
        assertThat(key.type()).isEqualTo("ssh-ed25519");
        assertThat(key).hasToString("ED25519 key fingerprint is " + TestKeys.ED25519_FINGERPRINT);
        assertThat(HostKey.of(TestKeys.key(TestKeys.ECDSA)).displayType()).isEqualTo("ECDSA");
        assertThat(HostKey.of(TestKeys.key(TestKeys.RSA)).displayType()).isEqualTo("RSA");
        assertThat(new HostKey("sk-ssh-ed25519@openssh.com", "x").displayType()).isEqualTo("ED25519-SK");
    }
}
