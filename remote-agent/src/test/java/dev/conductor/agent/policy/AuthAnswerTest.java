package dev.conductor.agent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuthAnswerTest {

    @Test
    void aSubjectCannotWriteHeadersOfItsOwn() {
        String answer = new String(AuthAnswer.of(Decision.admit("eve\r\nX-Conductor-Policy: admin", "ops", "r"), false),
                StandardCharsets.US_ASCII);

        assertThat(answer).contains("X-Conductor-Subject: eve%0D%0AX-Conductor-Policy: admin\r\n")
                .containsOnlyOnce("\r\nX-Conductor-Policy:");
        assertThat(AuthAnswer.headerValue("zoë 100%")).isEqualTo("zo%C3%AB 100%25");
    }

    @Test
    void refusalsSayLittle() {
        String answer = new String(AuthAnswer.of(Decision.forbidden("rule 'x' does not grant 'y'"), true),
                StandardCharsets.US_ASCII);

        assertThat(answer).startsWith("HTTP/1.1 403 Forbidden\r\n").contains("Connection: close\r\n")
                .endsWith("\r\n\r\nforbidden\n").doesNotContain("rule");
    }
}
