package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.spec.ServiceFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real shell scripts run as CGI programs: their answer, a timeout, and garbage. */
class CgiRunnerTest {

    @TempDir
    Path dir;
    private final CgiRunner runner = new CgiRunner();
    private final ByteArrayOutputStream client = new ByteArrayOutputStream();

    @Test
    void theScriptGetsItsVariablesAndBodyAndItsAnswerIsSent() throws IOException {
        ServiceFunction function = function(script("printf 'Content-Type: text/plain\\n\\n%s %s %s' "
                + "\"$REQUEST_METHOD\" \"$PATH_INFO\" \"$(cat)\""), 5);

        int status = runner.serve(function, dir, Map.of("REQUEST_METHOD", "POST", "PATH_INFO", "/x"),
                new ByteArrayInputStream("the body".getBytes(StandardCharsets.UTF_8)), client, log());

        assertThat(status).isEqualTo(200);
        assertThat(client.toString(StandardCharsets.UTF_8)).isEqualTo(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nPOST /x the body");
    }

    @Test
    void aScriptThatOutlivesItsTimeoutIsKilledAnd504Sent() throws IOException {
        long start = System.nanoTime();
        int status = runner.serve(function(script("sleep 30 & sleep 30"), 1), dir, Map.of(), empty(), client, log());

        assertThat(status).isEqualTo(504);
        assertThat(client.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 504 Gateway Timeout");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void garbageOrAMissingProgramIsABadGateway() throws IOException {
        assertThat(runner.serve(function(script("echo this is no header"), 5), dir, Map.of(), empty(), client, log()))
                .isEqualTo(502);
        assertThat(client.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 502 Bad Gateway");
        client.reset();
        assertThat(runner.serve(function(dir.resolve("missing").toString(), 5), dir, Map.of(), empty(), client, log()))
                .isEqualTo(502);
    }

    @Test
    void whatTheScriptPrintsOnStderrGoesToTheFunctionsJournalLineByLine() throws Exception {
        Path journal = dir.resolve("journal.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(journal));
            FunctionLog log = new FunctionLog("svc-f", journal);
            runner.serve(function(script("echo one >&2; echo two >&2; printf 'Content-Type: text/plain\\n\\nok'"), 5),
                    dir, Map.of(), empty(), client, log);
            try (SocketChannel stream = server.accept()) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(Channels.newInputStream(stream),
                        StandardCharsets.UTF_8));
                List<String> read = new ArrayList<>();
                while (read.size() < 9) {
                    read.add(lines.readLine());
                }
                // journald's stream header: identifier, unit, priority, level prefix, three forwards
                assertThat(read).containsExactly("conductor-fn-svc-f", "", "6", "0", "0", "0", "0", "one", "two");
            } finally {
                log.close();
            }
        }
    }

    private FunctionLog log() {
        return new FunctionLog("svc-f", dir.resolve("no-journal"));
    }

    private String script(String body) throws IOException {
        Path script = dir.resolve("f" + System.nanoTime() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    private static ServiceFunction function(String exec, int timeoutSec) {
        return new ServiceFunction("", null, null, List.of(exec), false, List.of(), false, 0, null, List.of(),
                List.of(), null, null, null, null, timeoutSec, null);
    }

    private static ByteArrayInputStream empty() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
