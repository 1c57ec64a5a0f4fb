package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownTypesFirstTest {

    private static final String OFFER = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,rsa-sha2-512,rsa-sha2-256";

    @Test
    void putsTheAlgorithmsOfKnownKeyTypesFirstKeepingTheirOrder() {
        assertThat(KnownTypesFirst.preferring(List.of("ssh-rsa"), OFFER))
                .isEqualTo("rsa-sha2-512,rsa-sha2-256,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384");
        assertThat(KnownTypesFirst.preferring(List.of("ecdsa-sha2-nistp384", "ssh-ed25519"), OFFER))
                .isEqualTo("ssh-ed25519,ecdsa-sha2-nistp384,ecdsa-sha2-nistp256,rsa-sha2-512,rsa-sha2-256");
        assertThat(KnownTypesFirst.preferring(List.of("ssh-dss"), OFFER)).isEqualTo(OFFER);
    }
}
