package dev.conductor.agent.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's socket end to end on a real unix socket, with a stand-in for the engine behind it. */
class DaemonServerTest {

    @TempDir
    Path dir;
    private Path socket;
    private DaemonServer server;

    @BeforeEach
    void start() {
        socket = dir.resolve("agent.sock");
        CliExecutor cli = (args, out, err) -> {
            out.println("args " + args);
            err.println("warning on stderr");
            return args.contains("fail") ? 4 : 0;
        };
        // answers while it still reads, as the protocol server does: reads and writes must not block each other
        StdioSession echo = (in, out) -> {
            Thread early = new Thread(() -> write(out, "ready\n"));
            early.start();
            try {
                in.transferTo(out);
                early.join();
                out.flush();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        StateApi state = new StateApi() {
            @Override
            public Object state() {
                return Map.of("services", List.of());
            }

            @Override
            public Answer waitFor(String service, Integer revision, Duration timeout) {
                return new Answer(service.equals("web") ? 200 : 404, Map.of("service", service,
                        "revision", String.valueOf(revision), "timeout", timeout.toMillis()));
            }
        };
        server = DaemonServer.of(AgentSocket.listen(socket), cli, echo, state);
        Thread thread = new Thread(server::run);
        thread.setDaemon(true);
        thread.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void socketIsRootsAlone() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
    }

    @Test
    void cliRunsInTheAgentWithItsOutputAndExitCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DaemonClient client = new DaemonClient(socket);
        assertThat(client.run(List.of("service", "deploy", "fail"), new PrintStream(out), new PrintStream(err)))
                .contains(4);
        assertThat(out.toString()).isEqualTo("args [service, deploy, fail]\n");
        assertThat(err.toString()).isEqualTo("warning on stderr\n");
    }

    @Test
    void noAgentMeansTheCliRunsTheCommandItself() throws Exception {
        assertThat(new DaemonClient(dir.resolve("none.sock")).run(List.of("reload"), System.out, System.err)).isEmpty();
    }

    @Test
    void unitClientGetsTheOutputWithAFailingStatusWhenTheCommandFailed() throws Exception {
        assertThat(http("POST /v1/exec?arg=_&arg=deployment&arg=start&arg=web-r1 HTTP/1.1\r\n\r\n"))
                .startsWith("HTTP/1.1 200 OK").contains("args [_, deployment, start, web-r1]");
        assertThat(http("POST /v1/exec?arg=a%20b&arg=fail HTTP/1.1\r\n\r\n"))
                .startsWith("HTTP/1.1 500").contains("args [a b, fail]", "exit code 4");
    }

    @Test
    void stdioSessionGetsTheRawConnectionAfterTheUpgradeBothWaysAtOnce() throws Exception {
        java.io.PipedOutputStream console = new java.io.PipedOutputStream();
        InputStream in = new java.io.PipedInputStream(console);
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            private boolean answered;

            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                super.write(bytes, offset, length);
                if (!answered && toString(StandardCharsets.UTF_8).startsWith("ready\n")) {
                    answered = true;
                    DaemonServerTest.write(console, "{\"type\":\"hello\"}\n");
                    DaemonServerTest.close(console);
                }
            }
        };
        assertThat(new DaemonClient(socket).bridge(in, out)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ready\n{\"type\":\"hello\"}\n");
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stateAndWaitAnswerJsonWithTheirStatus() throws Exception {
        assertThat(http("GET /v1/state HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 200").endsWith("{\"services\":[]}\n");
        assertThat(http("GET /v1/wait_for?service=web&revision=3&timeout=2.5 HTTP/1.1\r\n\r\n"))
                .startsWith("HTTP/1.1 200").contains("\"revision\":\"3\"", "\"timeout\":2500");
        assertThat(http("GET /v1/wait_for?service=db HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 404");
    }

    @Test
    void badRequestsGetAClearAnswerAndTheAgentGoesOn() throws Exception {
        assertThat(http("GET /v1/wait_for?service=web&revision=x HTTP/1.1\r\n\r\n"))
                .startsWith("HTTP/1.1 400").contains("revision must be a whole number, not 'x'");
        assertThat(http("GET /v1/wait_for?service=web&timeout=99999 HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(http("GET /v1/nothing HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 404").contains("GET /v1/nothing");
        assertThat(http("GET /v1/cli HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 405");
        assertThat(http("POST /v1/cli HTTP/1.1\r\nContent-Length: 5\r\n\r\n[1,2]")).startsWith("HTTP/1.1 400");
        assertThat(http("POST /v1/cli HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")).startsWith("HTTP/1.1 413");
        assertThat(http("garbage\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(http("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 431");
        assertThat(http("POST /v1/stdio HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400").contains("Upgrade");
        assertThat(http("GET /v1/state HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    private String http(String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSocketFileNobodyListensOnIsNoAgent() throws Exception {
        Path stale = dir.resolve("stale.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(AgentSocket.connect(stale)).isEmpty();
    }
}
