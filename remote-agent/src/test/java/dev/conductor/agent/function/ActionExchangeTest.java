package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.InMemorySystemd;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.spec.load.ServiceFileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote action's socket on this machine, with a real script: argv, streaming, exit code, refusals, bounds. */
class ActionExchangeTest {

    @TempDir
    Path dir;
    private FunctionManager manager;

    @BeforeEach
    void start() throws IOException {
        Path service = Files.createDirectories(dir.resolve("services/svc"));
        Files.writeString(service.resolve("conductor-service.json"), """
                {"commands": {"act": {"service": true, "exec": ["./act.sh", "fixed"],
                                      "remote": {"policies": ["ops"], "timeout_sec": 2}}}}""");
        script(service, "act.sh", """
                touch "$CONDUCTOR_COMMAND_DIR/ran"
                printf '<%s>' "$@"; echo
                echo "$TAG $CONDUCTOR_COMMAND $CONDUCTOR_REMOTE_SUBJECT" >&2
                [ "$2" = wait ] && { echo first; while [ ! -e "$CONDUCTOR_COMMAND_DIR/go" ]; do sleep 0.05; done; echo second; }
                [ "$2" = hang ] && sleep 30
                printf 'no newline'
                exit 7""");
        manager = new FunctionManager(dir.resolve("sockets"), socket -> { },
                new StdioProcesses(new InMemorySystemd(), new DropIns(dir.resolve("units")), dir.resolve("processes")));
        manager.open(new ServiceFileLoader().load(service).spec(), Map.of("TAG", "v1"));
    }

    @AfterEach
    void close() {
        manager.close("svc");
    }

    @Test
    void aPostRunsTheCommandWithItsArgumentsAsArgvAndReportsTheExitCode() throws Exception {
        String answer = post("[\"a b\", \"; touch pwned\", \"$(id)\"]", "X-Conductor-Subject: token:ci\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("Transfer-Encoding: chunked")
                .contains("Trailer: Conductor-Exit-Code");
        assertThat(dechunk(answer)).isEqualTo("<fixed><a b><; touch pwned><$(id)>\nv1 act token:ci\n"
                + "no newline\nconductor-exit-code: 7\n");
        assertThat(answer).endsWith("0\r\nConductor-Exit-Code: 7\r\n\r\n");
        assertThat(dir.resolve("services/svc/pwned")).doesNotExist();
        assertThat(manager.stats("svc~act")).get().extracting(FunctionStats.Snapshot::requests).isEqualTo(1L);
    }

    @Test
    void outputReachesTheClientWhileTheCommandStillRuns() throws Exception {
        try (SocketChannel channel = connect()) {
            send(channel, "[\"wait\"]", "");
            InputStream in = Channels.newInputStream(channel);
            StringBuilder seen = new StringBuilder();
            while (!seen.toString().contains("first\n")) {
                seen.append((char) in.read());
            }
            assertThat(seen.toString()).doesNotContain("second");
            Files.createFile(dir.resolve("services/svc/go"));
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).contains("second").contains("conductor-exit-code: 7");
        }
    }

    @Test
    void otherMethodsAndBadBodiesRunNothing() throws Exception {
        assertThat(request("GET /action/svc/act HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 405").contains("Allow: POST");
        assertThat(post("{\"args\": [\"x\"]}", "")).startsWith("HTTP/1.1 400");
        assertThat(post("[\"a\", 1]", "")).startsWith("HTTP/1.1 400").contains("argument 1 is not a string: '1'");
        assertThat(post("[\"" + "x".repeat(70_000) + "\"]", "")).startsWith("HTTP/1.1 413");
        assertThat(dir.resolve("services/svc/ran")).doesNotExist();
    }

    @Test
    void aRunOverItsTimeoutIsKilledAndReports124() throws Exception {
        long start = System.nanoTime();
        String answer = dechunk(post("[\"hang\"]", ""));

        assertThat(answer).endsWith("conductor-exit-code: 124\n");
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(10);
    }

    private String post(String body, String headers) throws IOException {
        try (SocketChannel channel = connect()) {
            send(channel, body, headers);
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(SocketChannel channel, String body, String headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Channels.newOutputStream(channel).write(("POST /action/svc/act HTTP/1.1\r\nHost: x\r\n" + headers
                + "Content-Length: " + bytes.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private String request(String http) throws IOException {
        try (SocketChannel channel = connect()) {
            Channels.newOutputStream(channel).write(http.getBytes(StandardCharsets.US_ASCII));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(dir.resolve("sockets/svc~act.sock")));
        return channel;
    }

    /** The body of a chunked answer, chunks joined. */
    private static String dechunk(String answer) {
        String rest = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        StringBuilder body = new StringBuilder();
        for (int size = size(rest); size > 0; size = size(rest)) {
            int start = rest.indexOf("\r\n") + 2;
            body.append(rest, start, start + size);
            rest = rest.substring(start + size + 2);
        }
        return body.toString();
    }

    private static int size(String rest) {
        return Integer.parseInt(rest.substring(0, rest.indexOf("\r\n")), 16);
    }

    private static void script(Path service, String name, String text) throws IOException {
        Path exec = service.resolve(name);
        Files.writeString(exec, "#!/bin/sh\n" + text + "\n");
        Files.setPosixFilePermissions(exec, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
