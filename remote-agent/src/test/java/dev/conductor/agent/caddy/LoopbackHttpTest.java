package dev.conductor.agent.caddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoopbackHttpTest {

    @Test
    void chunkedAnswerWithCaddysEtagTrailerIsRead() throws Exception {
        LoopbackHttp.Answer answer = read("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTrailer: ETag\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n3;x=y\r\n 1}\r\n0\r\nEtag: \"/config/ 1a2b\"\r\n\r\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void lengthAndCloseDelimitedBodies() throws Exception {
        assertThat(read("HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\ngone and more").text()).isEqualTo("gone");
        assertThat(read("HTTP/1.1 200 OK\r\n\r\nuntil close").text()).isEqualTo("until close");
    }

    @Test
    void brokenAnswersAreErrorsNotHangs() {
        assertThatThrownBy(() -> read("SSH-2.0-OpenSSH\r\n\r\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("SSH-2.0-OpenSSH");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"))
                .isInstanceOf(IOException.class);
    }

    private static LoopbackHttp.Answer read(String raw) throws IOException {
        return LoopbackHttp.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
