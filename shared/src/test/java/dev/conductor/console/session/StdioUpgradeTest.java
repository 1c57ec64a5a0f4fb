package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StdioUpgradeTest {

    static final String SWITCHED = "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: conductor-stdio\r\n\r\n";
    private static final String WHERE = "agent socket /run/conductor/agent.sock on root@h1:22";

    private final PipeAgent socket = new PipeAgent(WHERE);

    @Test
    void sendsTheBridgesRequestAndReadsTheHeadOfA101AndNotOneByteMore() throws Exception {
        socket.send(SWITCHED + "{\"type\":\"hello\"}\n");

        StdioUpgrade.perform(socket, Duration.ofSeconds(5));

        assertThat(socket.heard()).isEqualTo("POST /v1/stdio HTTP/1.1");
        assertThat(socket.heard()).isEqualTo("Host: conductor-agent");
        assertThat(socket.heard()).isEqualTo("Connection: Upgrade");
        assertThat(socket.heard()).isEqualTo("Upgrade: conductor-stdio");
        assertThat(socket.heard()).isEmpty();
        assertThat(socket.stdout().readNBytes(17)).asString(StandardCharsets.UTF_8).isEqualTo("{\"type\":\"hello\"}\n");
        assertThat(socket.closedByConsole()).isFalse();
    }

    @Test
    void anotherStatusIsRefusedWithItsStatusLineQuoted() {
        assertThatThrownBy(() -> check("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nno such path"))
                .isInstanceOf(AgentSessionException.class)
                .hasMessage(WHERE + " answered 'HTTP/1.1 404 Not Found' instead of switching to conductor-stdio");
    }

    @Test
    void aSwitchToAnotherProtocolIsRefused() {
        assertThatThrownBy(() -> check("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"))
                .hasMessage(WHERE + " switched protocols, but not to conductor-stdio:"
                        + " 'HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket'");
    }

    @Test
    void garbageIsQuotedAsNotHttp() {
        assertThatThrownBy(() -> check("SSH-2.0-OpenSSH_9.2p1\r\n\r\n"))
                .hasMessage(WHERE + " answered the upgrade with something that is not HTTP: 'SSH-2.0-OpenSSH_9.2p1'");
        assertThatThrownBy(() -> check("{\"type\":\"hello\",\"protocol\":1}\n\r\n\r\n"))
                .hasMessageContaining("not HTTP: '{\"type\":\"hello\",\"protocol\":1}'");
    }

    @Test
    void aHeadThatNeverEndsIsCutAtItsLimit() {
        String endless = "HTTP/1.1 101 Switching Protocols\r\n" + "X-Filler: y\r\n".repeat(1000);

        assertThatThrownBy(() -> StdioUpgrade.readHead(stream(endless), WHERE))
                .isInstanceOf(AgentSessionException.class)
                .hasMessageStartingWith(WHERE + " answered the upgrade with a head over 8192 bytes:"
                        + " 'HTTP/1.1 101 Switching Protocols\\r\\nX-Filler: y\\r\\n")
                .hasMessageEndingWith("...'");
    }

    @Test
    void theEndOfTheStreamBeforeTheHeadsEndSaysWhatCame() {
        assertThatThrownBy(() -> StdioUpgrade.readHead(stream(""), WHERE))
                .hasMessage(WHERE + " closed the connection before answering the upgrade");
        assertThatThrownBy(() -> StdioUpgrade.readHead(stream("HTTP/1.1 101 Switch\r\n"), WHERE))
                .hasMessage(WHERE + " closed the connection before answering the upgrade, after 'HTTP/1.1 101 Switch\\r\\n'");
    }

    @Test
    void silenceTimesOutAndClosesTheSocket() {
        assertThatThrownBy(() -> StdioUpgrade.perform(socket, Duration.ofMillis(300)))
                .isInstanceOf(AgentSessionException.class)
                .hasMessage(WHERE + " did not answer the upgrade to conductor-stdio within 300 ms");
        assertThat(socket.closedByConsole()).isTrue();
    }

    private static void check(String answer) throws Exception {
        StdioUpgrade.check(StdioUpgrade.readHead(stream(answer), WHERE), WHERE);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
