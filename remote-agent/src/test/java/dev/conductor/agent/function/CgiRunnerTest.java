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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Real shell scripts run as CGI programs: their answer, a timeout, and garbage. */
class CgiRunnerTest {

    @TempDir
    Path dir;
    private final CgiRunner runner = new CgiRunner();
    private final ByteArrayOutputStream client = new ByteArrayOutputStream();

    @ParameterizedTest
    @ValueSource(strings = {"fork server", "jdk"})
    void theScriptGetsItsVariablesAndBodyAndItsAnswerIsSent(String starter) throws IOException {
        ServiceFunction function = function(script("printf 'Content-Type: text/plain\\n\\n%s %s %s' "
                + "\"$REQUEST_METHOD\" \"$PATH_INFO\" \"$(cat)\""), 5);

        int status = serve(starter, function, Map.of("REQUEST_METHOD", "POST", "PATH_INFO", "/x"),
                new ByteArrayInputStream("the body".getBytes(StandardCharsets.UTF_8)), log());

        assertThat(status).isEqualTo(200);
        assertThat(client.toString(StandardCharsets.UTF_8)).isEqualTo(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nPOST /x the body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fork server", "jdk"})
    void aScriptThatOutlivesItsTimeoutIsKilledAnd504Sent(String starter) throws IOException {
        long start = System.nanoTime();
        Path marker = dir.resolve("alive");
        int status = serve(starter, function(script("(sleep 30; touch " + marker + ") & sleep 30"), 1), Map.of(),
                empty(), log());

        assertThat(status).isEqualTo(504);
        assertThat(client.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 504 Gateway Timeout");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        assertThat(ProcessHandle.allProcesses().filter(process -> process.info().commandLine().orElse("")
                .contains("sleep 30")).filter(process -> process.info().commandLine().orElse("").contains(marker
                .toString()) || descendsFromThisJvm(process)).count()).isZero();
    }

    private static boolean descendsFromThisJvm(ProcessHandle process) {
        for (ProcessHandle parent = process.parent().orElse(null); parent != null; parent = parent.parent().orElse(null)) {
            if (parent.pid() == ProcessHandle.current().pid()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fork server", "jdk"})
    void garbageOrAMissingProgramIsABadGateway(String starter) throws IOException {
        assertThat(serve(starter, function(script("echo this is no header"), 5), Map.of(), empty(), log()))
                .isEqualTo(502);
        assertThat(client.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 502 Bad Gateway");
        client.reset();
        assertThat(serve(starter, function(dir.resolve("missing").toString(), 5), Map.of(), empty(), log()))
                .isEqualTo(502);
    }

    @Test
    void theForkServerRunsEachRequestInAFreshProcessWithExactlyItsEnvironment() throws IOException {
        ServiceFunction function = function(script("printf 'Content-Type: text/plain\\n\\n%s %s %s' \"$$\" \"$ONLY\" "
                + "\"$(env | grep -c '^OTHER=')\""), 5);
        try (CgiForkServer server = forkServer(function)) {
            runner.serve(function, Map.of("ONLY", "first", "OTHER", "x"), empty(), client, log(), server);
            String first = client.toString(StandardCharsets.UTF_8);
            client.reset();
            runner.serve(function, Map.of("ONLY", "a\nb c"), empty(), client, log(), server);
            String second = client.toString(StandardCharsets.UTF_8);

            assertThat(first).endsWith(" first 1");
            assertThat(second).endsWith(" a\nb c 0");
            assertThat(first.substring(first.lastIndexOf("\r\n\r\n") + 4).split(" ")[0])
                    .isNotEqualTo(second.substring(second.lastIndexOf("\r\n\r\n") + 4).split(" ")[0]);
        }
    }

    @Test
    @Timeout(30)
    void whatTheScriptPrintsOnStderrGoesToTheFunctionsJournalLineByLine() throws Exception {
        Path journal = dir.resolve("journal.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(journal));
            FunctionLog log = new FunctionLog("svc-f", journal);
            ServiceFunction function = function(script("echo one >&2; echo two >&2; printf 'Content-Type: text/plain\\n\\nok'"),
                    5);
            try (CgiForkServer forks = new CgiForkServer(function, dir, dir.resolve("fork.sock"),
                    CgiRunner.baseEnvironment(), log)) {
                runner.serve(function, Map.of(), empty(), client, log, forks);
            }
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

    private int serve(String starter, ServiceFunction function, Map<String, String> env, ByteArrayInputStream body,
            FunctionLog log) throws IOException {
        try (CgiProcess.Starter started = starter.equals("jdk") ? new JdkCgiStarter(function, dir, log)
                : forkServer(function)) {
            return runner.serve(function, env, body, client, log, started);
        }
    }

    private CgiForkServer forkServer(ServiceFunction function) {
        return new CgiForkServer(function, dir, dir.resolve("fork-" + System.nanoTime() + ".sock"),
                CgiRunner.baseEnvironment(), log());
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
