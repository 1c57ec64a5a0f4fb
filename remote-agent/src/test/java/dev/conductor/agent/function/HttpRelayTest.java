package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One exchange at a time between Caddy and a program that speaks HTTP/1.1, on in-memory streams. */
class HttpRelayTest {

    private final ByteArrayOutputStream client = new ByteArrayOutputStream();
    private final HttpRelay.Progress progress = new HttpRelay.Progress();

    @Test
    void aBodyOfKnownLengthIsCopiedAndBothConnectionsStayOpen() throws IOException {
        String response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";

        HttpRelay.Relayed relayed = relay("GET", stream(response + "next"));

        assertThat(relayed).isEqualTo(new HttpRelay.Relayed(200, true, true));
        assertThat(sent()).isEqualTo(response);
        assertThat(progress.started()).isTrue();
    }

    @Test
    void aLargeBodyIsStreamedExactlyAndNotPastItsEnd() throws IOException {
        byte[] body = new byte[200_000];
        new Random(7).nextBytes(body);
        byte[] head = bytes("HTTP/1.1 200 OK\r\nContent-Length: 200000\r\n\r\n");
        InputStream backend = new ByteArrayInputStream(concat(head, body, bytes("after")));

        relay("GET", backend);

        assertThat(client.toByteArray()).isEqualTo(concat(head, body));
        assertThat(backend.readAllBytes()).isEqualTo(bytes("after"));
    }

    @Test
    void chunksWithExtensionsAndTrailersAreCopiedByteForByte() throws IOException {
        String response = "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
                + "5;name=value\r\nhello\r\n1A ; quoted=\"a;b\"\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                + "0;last\r\nX-Sum: 42\r\nX-More: yes\r\n\r\n";
        InputStream backend = stream(response + "HTTP/1.1 204 No Content\r\n\r\n");

        HttpRelay.Relayed relayed = relay("POST", backend);

        assertThat(relayed).isEqualTo(new HttpRelay.Relayed(201, true, true));
        assertThat(sent()).isEqualTo(response);
        assertThat(HttpLine.text(backend.readAllBytes())).isEqualTo("HTTP/1.1 204 No Content\r\n");
    }

    @Test
    void aBodyWithoutFramingRunsToTheEndAndClosesBothConnections() throws IOException {
        assertRelays("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it", new HttpRelay.Relayed(200, false, false),
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nall of it");
    }

    @Test
    void aTransferCodingOtherThanChunkedLastRunsToTheEnd() throws IOException {
        HttpRelay.Relayed relayed = relay("GET", stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzzz"));

        assertThat(relayed.clientKeepAlive()).isFalse();
        assertThat(sent()).isEqualTo("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\nzzz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD 200 OK", "GET 204 No Content", "GET 304 Not Modified", "HEAD 200 chunked"})
    void headAnd204And304HaveNoBodyWhateverTheirHeadersSay(String exchange) throws IOException {
        String[] parts = exchange.split(" ", 2);
        String framing = parts[1].endsWith("chunked") ? "Transfer-Encoding: chunked" : "Content-Length: 5";
        String head = "HTTP/1.1 " + parts[1] + "\r\n" + framing + "\r\n\r\n";
        InputStream backend = stream(head + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

        HttpRelay.Relayed first = relay(parts[0], backend);

        assertThat(first.backendReusable()).isTrue();
        assertThat(first.clientKeepAlive()).isTrue();
        assertThat(sent()).isEqualTo(head);
        client.reset();
        assertThat(relay("GET", backend).status()).isEqualTo(200);
        assertThat(sent()).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }

    @Test
    void interimAnswersAreReadAndDropped() throws IOException {
        HttpRelay.Relayed relayed = relay("POST", stream("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n"
                + "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));

        assertThat(relayed.status()).isEqualTo(200);
        assertThat(sent()).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }

    @Test
    void anUpgradeIsRefusedBeforeAnythingIsSent() {
        assertBadGateway("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
                "'HTTP/1.1 101 Switching Protocols': upgrades are not supported");
    }

    @Test
    void garbageWhereTheStatusLineBelongsIsABadGatewayQuotingIt() {
        assertBadGateway("SSH-2.0-OpenSSH_9.6\r\n\r\n", "answered 'SSH-2.0-OpenSSH_9.6' where an HTTP/1.x status line");
        assertBadGateway("HTTP/2 200\r\n\r\n", "'HTTP/2 200'");
        assertBadGateway("HTTP/1.1 2000 OK\r\n\r\n", "'HTTP/1.1 2000 OK'");
        assertBadGateway("\r\n", "answered ''");
    }

    @Test
    void aQuoteIsCutShort() {
        String line = "x".repeat(5000);
        assertThatThrownBy(() -> relay("GET", stream(line + "\r\n\r\n"))).isInstanceOf(BadGatewayException.class)
                .hasMessageContaining("x".repeat(200) + "...'").message().hasSizeLessThan(300);
    }

    @Test
    void aHeaderLineThatIsNoHeaderIsABadGateway() {
        assertBadGateway("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "sent 'no colon here' where a response header");
        assertBadGateway("HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\n\r\n", "' folded'");
        assertBadGateway("HTTP/1.1 200 OK\r\nX-A : 1\r\n\r\n", "'X-A : 1'");
    }

    @Test
    void theEndOfTheStreamBeforeAnyAnswerIsNoAnswer() {
        assertThatThrownBy(() -> relay("GET", stream(""))).isInstanceOf(HttpRelay.NoAnswer.class)
                .hasMessage("the program closed the connection without answering");
        assertThat(client.size()).isZero();
        assertThat(progress.started()).isFalse();
    }

    @Test
    void theEndOfTheStreamInsideAHeadIsABadGatewayButNotNoAnswer() {
        assertBadGateway("HTTP/1.1 200 OK\r\nContent-Le", "inside its response head, after 'HTTP/1.1 200 OK\\r\\nContent-Le'");
        assertThatThrownBy(() -> relay("GET", stream("HTTP/1.1 100 Continue\r\n\r\n")))
                .isInstanceOf(BadGatewayException.class).isNotInstanceOf(HttpRelay.NoAnswer.class)
                .hasMessageContaining("after 'HTTP/1.1 100 Continue', without its final answer");
    }

    @Test
    void aHeadOver16KiBIsABadGatewayAndReadNoFurther() throws IOException {
        InputStream backend = stream("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");

        assertThatThrownBy(() -> HttpRelay.relay("GET", backend, client, progress))
                .isInstanceOf(BadGatewayException.class).hasMessageContaining("response head is over 16384 bytes");
        assertThat(client.size()).isZero();
        assertThat(backend.readAllBytes()).hasSizeLessThan(20_000 - 16_000);
    }

    @Test
    void aBadContentLengthIsABadGateway() {
        assertBadGateway("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "bad Content-Length '-1'");
        assertBadGateway("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n", "'ten'");
        assertBadGateway("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", "'5, 6'");
        assertBadGateway("HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n", "bad Content-Length ''");
        assertBadGateway("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n",
                "both Transfer-Encoding 'chunked' and Content-Length 2");
    }

    @Test
    void aRepeatedEqualContentLengthIsOne() throws IOException {
        String response = "HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok";

        assertThat(relay("GET", stream(response + "more")).backendReusable()).isTrue();
        assertThat(sent()).isEqualTo(response);
    }

    @Test
    void connectionCloseOrHttp10WithoutKeepAliveEndsTheProgramsConnectionButNotTheClients() throws IOException {
        String ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        HttpRelay.Relayed closing = new HttpRelay.Relayed(200, false, true);

        assertRelays("HTTP/1.1 200 OK\r\nconnection: Close\r\nContent-Length: 2\r\n\r\nok", closing, ok);
        assertRelays("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", closing, ok);
        assertRelays("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\nok",
                new HttpRelay.Relayed(200, true, true), ok);
    }

    @Test
    void hopByHopHeadersAndThoseConnectionNamesAreNotPassedOn() throws IOException {
        relay("GET", stream("HTTP/1.1 200 OK\r\nConnection: keep-alive, X-Trace, Content-Length\r\n"
                + "Keep-Alive: timeout=5\r\nX-Trace: 1\r\nx-kept: 2\r\nContent-Length: 2\r\n\r\nok"));

        assertThat(sent()).isEqualTo("HTTP/1.1 200 OK\r\nx-kept: 2\r\nContent-Length: 2\r\n\r\nok");
    }

    @Test
    void aBodyCutShortAfterTheHeadIsAPlainIOException() {
        assertCut("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", "7 bytes before the end of its body");
        assertThat(sent()).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        assertCut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", "2 bytes before the end of its body");
        assertCut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", "inside its chunked body");
        assertCut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "'zz' where a chunk size belongs");
        assertCut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n", "'X' where the line break");
        assertCut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: " + "t".repeat(20_000), "over 16384");
    }

    @Test
    void exchangesFollowOneAnotherOnTheSameStreams() throws IOException {
        String first = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none";
        String second = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\ntwo\r\n0\r\n\r\n";
        String third = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        String fourth = "HTTP/1.1 200 OK\r\n\r\nfour to the end";
        InputStream backend = stream(first + second + third + fourth);
        List<String> sent = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            statuses.add(relay("GET", backend).status());
            sent.add(sent());
            client.reset();
        }

        assertThat(statuses).containsExactly(200, 200, 404, 200);
        assertThat(sent).containsExactly(first, second, third, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nfour to the end");
    }

    @Test
    void eachPieceOfABodyReachesTheClientBeforeTheRelayWaitsForTheNext() throws IOException {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
        Pieces backend = new Pieces(client, head + "7\r\ndata: 1\r\n", "7\r\ndata: 2\r\n", "0\r\n\r\n");
        Counting counted = new Counting(client);

        HttpRelay.relay("GET", backend, counted, progress);

        assertThat(backend.seenBeforePiece).containsExactly(0, head.length() + 12, head.length() + 24);
        assertThat(counted.flushes).isEqualTo(3);
        assertThat(counted.writes).isEqualTo(3);
    }

    @Test
    void aRequestGoesWithoutHopByHopHeadersAndWithItsLength() throws IOException {
        FunctionRequest request = new FunctionRequest("POST", "/api/x?y=1", "HTTP/1.1", List.of(
                Map.entry("Host", "example.test"), Map.entry("Connection", "keep-alive, X-Hop"),
                Map.entry("X-Hop", "a"), Map.entry("Keep-Alive", "timeout=5"), Map.entry("Proxy-Connection", "x"),
                Map.entry("TE", "trailers"), Map.entry("Trailer", "X-Sum"), Map.entry("Transfer-Encoding", "x"),
                Map.entry("Upgrade", "h2c"), Map.entry("Expect", "100-continue"), Map.entry("content-length", "99"),
                Map.entry("Accept", "caf\u00e9"), Map.entry("x-hop", "b"), Map.entry("X-Split", "a\nX-Evil: 1"),
                Map.entry("Accept", "b")), 3);
        Counting backend = new Counting(client);

        HttpRelay.forward(request, bytes("abc"), false, backend);

        assertThat(sent()).isEqualTo("POST /api/x?y=1 HTTP/1.1\r\nHost: example.test\r\nAccept: caf\u00e9\r\n"
                + "Accept: b\r\nContent-Length: 3\r\n\r\nabc");
        assertThat(client.toByteArray()).contains(0xe9);
        assertThat(backend.writes).isEqualTo(1);
        assertThat(backend.flushes).isEqualTo(1);
    }

    @Test
    void theLastRequestAsksTheProgramToClose() throws IOException {
        FunctionRequest request = new FunctionRequest("GET", "/", "HTTP/1.1", List.of(Map.entry("Host", "h")), -1);

        HttpRelay.forward(request, new byte[0], true, client);

        assertThat(sent()).isEqualTo("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    }

    @Test
    void anEmptyBodyKeepsTheLengthTheRequestHad() throws IOException {
        HttpRelay.forward(new FunctionRequest("POST", "/", "HTTP/1.1", List.of(), 0), new byte[0], false, client);

        assertThat(sent()).isEqualTo("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    }

    private HttpRelay.Relayed relay(String method, InputStream backend) throws IOException {
        return HttpRelay.relay(method, backend, client, progress);
    }

    private void assertRelays(String response, HttpRelay.Relayed expected, String sent) throws IOException {
        client.reset();
        assertThat(relay("GET", stream(response))).isEqualTo(expected);
        assertThat(sent()).isEqualTo(sent);
    }

    private void assertBadGateway(String response, String quoted) {
        assertFails(response, BadGatewayException.class, quoted, false);
        assertThat(client.size()).isZero();
    }

    private void assertCut(String response, String message) {
        assertFails(response, IOException.class, message, true);
    }

    private void assertFails(String response, Class<? extends Exception> type, String message, boolean started) {
        client.reset();
        HttpRelay.Progress fresh = new HttpRelay.Progress();
        assertThatThrownBy(() -> HttpRelay.relay("GET", stream(response), client, fresh)).isInstanceOf(type)
                .hasMessageContaining(message);
        assertThat(fresh.started()).isEqualTo(started);
    }

    private String sent() {
        return client.toString(StandardCharsets.ISO_8859_1);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] part : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + part.length);
            System.arraycopy(part, 0, all, at, part.length);
        }
        return all;
    }

    /** A program that sends its answer in pieces, with nothing available between them (would block). */
    private static final class Pieces extends InputStream {
        final List<Integer> seenBeforePiece = new ArrayList<>();
        private final ByteArrayOutputStream client;
        private final List<byte[]> pieces = new ArrayList<>();
        private int piece;
        private int at;

        Pieces(ByteArrayOutputStream client, String... pieces) {
            this.client = client;
            Arrays.stream(pieces).map(HttpRelayTest::bytes).forEach(this.pieces::add);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (piece < pieces.size() && at == pieces.get(piece).length) {
                piece++;
                at = 0;
            }
            if (piece == pieces.size()) {
                return -1;
            }
            if (at == 0) {
                seenBeforePiece.add(client.size());
            }
            int n = Math.min(length, pieces.get(piece).length - at);
            System.arraycopy(pieces.get(piece), at, into, offset, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return piece < pieces.size() ? pieces.get(piece).length - at : 0;
        }
    }

    private static final class Counting extends OutputStream {
        private final OutputStream out;
        int writes;
        int flushes;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            writes++;
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            writes++;
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            flushes++;
        }
    }
}
