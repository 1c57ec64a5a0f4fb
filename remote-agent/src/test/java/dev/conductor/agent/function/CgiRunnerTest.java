package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.spec.ServiceFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
                new ByteArrayInputStream("the body".getBytes(StandardCharsets.UTF_8)), client);

        assertThat(status).isEqualTo(200);
        assertThat(client.toString(StandardCharsets.UTF_8)).isEqualTo(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nPOST /x the body");
    }

    @Test
    void aScriptThatOutlivesItsTimeoutIsKilledAnd504Sent() throws IOException {
        long start = System.nanoTime();
        int status = runner.serve(function(script("sleep 30 & sleep 30"), 1), dir, Map.of(), empty(), client);

        assertThat(status).isEqualTo(504);
        assertThat(client.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 504 Gateway Timeout");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void garbageOrAMissingProgramIsABadGateway() throws IOException {
        assertThat(runner.serve(function(script("echo this is no header"), 5), dir, Map.of(), empty(), client))
                .isEqualTo(502);
        assertThat(client.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 502 Bad Gateway");
        client.reset();
        assertThat(runner.serve(function(dir.resolve("missing").toString(), 5), dir, Map.of(), empty(), client))
                .isEqualTo(502);
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
