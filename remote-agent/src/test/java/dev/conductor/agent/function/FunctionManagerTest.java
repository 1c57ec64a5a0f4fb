package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.InMemorySystemd;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.ServiceFileLoader;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Function sockets on this machine, with real scripts: answers, limits, and replacement. */
class FunctionManagerTest {

    @TempDir
    Path dir;
    private FunctionManager manager;

    @AfterEach
    void close() {
        manager.close("svc");
    }

    @Test
    void aRequestRunsTheScriptAndItsAnswerComesBack() throws Exception {
        manager = start("{\"name\": \"echo\", \"exec\": [\"./echo.sh\"], \"path_info_strip\": 2}",
                "printf 'Content-Type: text/plain\\n\\n%s %s %s %s' \"$REQUEST_METHOD\" \"$PATH_INFO\" \"$TAG\" \"$(cat)\"");

        String answer = request("svc-echo", "POST /cgi/svc-echo/a/b HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody");

        assertThat(answer).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nPOST /a/b v1 body");
    }

    @Test
    void aBodyOverTheLimitIs413AndABusyFunction503() throws Exception {
        manager = start("{\"name\": \"slow\", \"exec\": [\"./echo.sh\"], \"max_concurrency\": 1, \"max_body_bytes\": 10}",
                "sleep 2; printf 'Content-Type: text/plain\\n\\nslow'");

        assertThat(request("svc-slow", "POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n12345678901"))
                .startsWith("HTTP/1.1 413");
        try (SocketChannel first = connect("svc-slow")) {
            Channels.newOutputStream(first).write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(300);
            assertThat(request("svc-slow", "GET / HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 503").contains("Retry-After: 1");
            assertThat(new String(Channels.newInputStream(first).readAllBytes(), StandardCharsets.UTF_8)).endsWith("slow");
        }
    }

    @Test
    void aChangedDefinitionReplacesTheSocketAndAnUnchangedOneKeepsIt() throws Exception {
        manager = start("{\"name\": \"echo\", \"exec\": [\"./echo.sh\"]}", "printf 'Content-Type: text/plain\\n\\n%s' \"$TAG\"");
        Object inode = Files.getAttribute(dir.resolve("sockets/svc-echo.sock"), "unix:ino");

        manager.open(spec(), Map.of("TAG", "v1"));
        assertThat(Files.getAttribute(dir.resolve("sockets/svc-echo.sock"), "unix:ino")).isEqualTo(inode);
        manager.open(spec(), Map.of("TAG", "v2"));

        assertThat(request("svc-echo", "GET / HTTP/1.1\r\n\r\n")).endsWith("v2");
        manager.close("svc");
        assertThat(dir.resolve("sockets/svc-echo.sock")).doesNotExist();
    }

    private FunctionManager start(String function, String script) throws IOException {
        Path service = Files.createDirectories(dir.resolve("services/svc"));
        Files.writeString(service.resolve("conductor-service.json"), "{\"functions\": [" + function + "]}");
        Path exec = service.resolve("echo.sh");
        Files.writeString(exec, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(exec, PosixFilePermissions.fromString("rwxr-xr-x"));
        FunctionManager started = new FunctionManager(dir.resolve("sockets"), socket -> { },
                new StdioProcesses(new InMemorySystemd(), new DropIns(dir.resolve("units")), dir.resolve("processes")));
        started.open(spec(), Map.of("TAG", "v1"));
        return started;
    }

    private ServiceSpec spec() {
        return new ServiceFileLoader().load(dir.resolve("services/svc")).spec();
    }

    private String request(String id, String http) throws IOException {
        try (SocketChannel channel = connect(id)) {
            Channels.newOutputStream(channel).write(http.getBytes(StandardCharsets.US_ASCII));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private SocketChannel connect(String id) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(dir.resolve("sockets").resolve(id + ".sock")));
        return channel;
    }

}
