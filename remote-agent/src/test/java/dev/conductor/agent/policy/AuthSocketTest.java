package dev.conductor.agent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthSocketTest {

    @TempDir
    Path root;
    private AuthSocket auth;
    private Path socket;
    private String token;
    private final List<String> journal = new CopyOnWriteArrayList<>();

    @BeforeEach
    void anEndpointForOneProtectedFunction() throws IOException {
        PolicyStore store = new PolicyStore(List.of(root.resolve("policies")));
        PolicyAdmin admin = new PolicyAdmin(store, Clock.systemUTC());
        admin.create("ops");
        token = admin.addToken("ops", "ci", null, List.of()).token();
        Map<String, List<String>> functions = Map.of("svc-run", List.of("ops"), "svc-open", List.of());
        socket = root.resolve("auth.sock");
        auth = AuthSocket.open(socket, path -> { }, Gate.of(store),
                id -> Optional.ofNullable(functions.get(id)), journal::add);
    }

    @AfterEach
    void close() {
        auth.close();
    }

    @Test
    void answersEachRequestOfAKeptAliveConnection() throws IOException {
        try (SocketChannel connection = connect()) {
            String refused = exchange(connection, "GET /auth/svc-run HTTP/1.1\r\nHost: x\r\n\r\n");
            String admitted = exchange(connection, "GET /auth/svc-run HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + token + "\r\n\r\n");

            assertThat(refused).startsWith("HTTP/1.1 401 ").contains("WWW-Authenticate: Bearer");
            assertThat(admitted).startsWith("HTTP/1.1 200 ").contains("X-Conductor-Subject: token:ci\r\n",
                    "X-Conductor-Policy: ops\r\n");
        }
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0)).contains("function svc-run: refused with 401").doesNotContain(token);
    }

    @Test
    void unknownFunctionsAFunctionWithoutPoliciesAndTwoCredentialsAreRefused() throws IOException {
        String bearer = "Authorization: Bearer " + token + "\r\n";
        assertThat(once("GET /auth/nope HTTP/1.1\r\n" + bearer + "\r\n")).startsWith("HTTP/1.1 403 ");
        assertThat(once("GET /auth/svc-open HTTP/1.1\r\n" + bearer + "\r\n")).startsWith("HTTP/1.1 403 ");
        assertThat(once("GET /auth/svc-run HTTP/1.1\r\n" + bearer + bearer + "\r\n")).startsWith("HTTP/1.1 401 ");
    }

    @Test
    void hostileRequestsGetAnErrorAndTheEndpointLivesOn() throws IOException {
        assertThat(once("garbage\r\n\r\n")).startsWith("HTTP/1.1 400 ");
        assertThat(once("GET /elsewhere HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 404 ");
        assertThat(once("GET /auth/svc-run HTTP/1.1\r\nX: " + "a".repeat(20_000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 431 ");
        try (SocketChannel half = connect()) {
            half.write(ByteBuffer.wrap("GET /auth/svc-run HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(once("GET /auth/svc-run HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n\r\n"))
                .startsWith("HTTP/1.1 200 ");
    }

    private String once(String request) throws IOException {
        try (SocketChannel connection = connect()) {
            return exchange(connection, request);
        }
    }

    private SocketChannel connect() throws IOException {
        SocketChannel connection = SocketChannel.open(StandardProtocolFamily.UNIX);
        connection.connect(UnixDomainSocketAddress.of(socket));
        return connection;
    }

    /** Sends a request and reads one answer: its head and its Content-Length of body. */
    private static String exchange(SocketChannel connection, String request) throws IOException {
        connection.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (!complete(read.toString(StandardCharsets.US_ASCII))) {
            buffer.clear();
            if (connection.read(buffer) < 0) {
                break;
            }
            read.write(buffer.array(), 0, buffer.position());
        }
        return read.toString(StandardCharsets.US_ASCII);
    }

    private static boolean complete(String answer) {
        int blank = answer.indexOf("\r\n\r\n");
        if (blank < 0) {
            return false;
        }
        int at = answer.indexOf("Content-Length: ");
        int length = Integer.parseInt(answer.substring(at + 16, answer.indexOf("\r\n", at)));
        return answer.length() >= blank + 4 + length;
    }
}
