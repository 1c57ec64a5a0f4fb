package dev.conductor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void recognisesSecretKeys() {
        assertThat(Secrets.isSecret("DB_PASSWORD")).isTrue();
        assertThat(Secrets.isSecret("api_key")).isTrue();
        assertThat(Secrets.isSecret("GITHUB_TOKEN")).isTrue();
        assertThat(Secrets.isSecret("jwt_secret_b64")).isTrue();
        assertThat(Secrets.isSecret("TLS_PRIVATE_PEM")).isTrue();
        assertThat(Secrets.isSecret("DOCKER_TAG")).isFalse();
        assertThat(Secrets.isSecret("KEYBOARD_LAYOUT")).isFalse();
    }

    @Test
    void masksOnlySecretsAndKeepsOrder() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("TAG", "v2");
        config.put("DB_PASSWORD", "hunter2");
        assertThat(Secrets.masked(config)).containsExactly(
                Map.entry("TAG", "v2"), Map.entry("DB_PASSWORD", Secrets.MASK));
    }
}
