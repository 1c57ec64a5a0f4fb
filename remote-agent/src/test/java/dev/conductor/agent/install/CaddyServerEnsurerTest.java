package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.caddy.CaddyException;
import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.caddy.LocalCaddy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ensure logic against a real Caddy on loopback ports. */
class CaddyServerEnsurerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalCaddy caddy;
    private static HttpCaddyAdmin admin;
    private int port;
    private CaddyServerEnsurer ensurer;

    @BeforeAll
    static void startCaddy(@TempDir Path dir) throws Exception {
        caddy = LocalCaddy.start(dir);
        admin = new HttpCaddyAdmin(caddy.adminUri());
    }

    @AfterAll
    static void stopCaddy() {
        caddy.close();
    }

    @BeforeEach
    void freshPort() throws Exception {
        port = freePort();
        ensurer = new CaddyServerEnsurer(admin, "127.0.0.1:" + port, Duration.ofSeconds(5));
    }

    @Test
    void existingServerIsLeftAloneWhateverItsRoutesAndPort() throws Exception {
        load("{\"apps\": {\"http\": {\"servers\": {\"x\": {\"@id\": \"conductor-server\", \"listen\": [\"127.0.0.1:"
                + freePort() + "\"], \"routes\": [{\"@id\": \"web\"}]}}}}}");
        JsonNode before = admin.snapshot().config();
        assertThat(ensurer.ensure()).isFalse();
        assertThat(admin.snapshot().config()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"apps\": {\"tls\": {}}}", "{\"apps\": {\"http\": {\"grace_period\": \"1s\"}}}",
            "{\"apps\": {\"http\": {\"servers\": {\"conductor\": {\"listen\": [\"127.0.0.1:OTHER\"]}}}}}"})
    void createsTheServerAndWhateverParentsAreMissing(String start) throws Exception {
        load(start.replace("OTHER", Integer.toString(freePort())));
        assertThat(ensurer.ensure()).isTrue();
        assertThat(admin.get("/id/conductor-server")).contains(ConductorServer.definition("127.0.0.1:" + port));
        assertThat(fetch(port)).isEqualTo("200 ");
        assertThat(ensurer.ensure()).as("second run").isFalse();
    }

    @Test
    void anotherServerOnThePortIsNamedAndNothingChanges() throws Exception {
        load("{\"apps\": {\"http\": {\"servers\": {\"welcome\": {\"listen\": [\":" + port + "\"]}}}}}");
        JsonNode before = admin.snapshot().config();
        assertThatThrownBy(ensurer::ensure).isInstanceOf(InstallException.class)
                .hasMessageContaining("'welcome' already listens on ':" + port + "'");
        assertThatThrownBy(ensurer::check).isInstanceOf(InstallException.class).hasMessageContaining("'welcome'");
        assertThat(admin.snapshot().config()).isEqualTo(before);
    }

    @Test
    void removeDeletesOnlyOurServer() throws Exception {
        load("{\"apps\": {\"http\": {\"servers\": {\"other\": {\"listen\": [\"127.0.0.1:" + freePort() + "\"]}}}}}");
        ensurer.ensure();
        assertThat(ensurer.remove()).isTrue();
        assertThat(admin.get("/id/conductor-server")).isEmpty();
        assertThat(admin.get("/config/apps/http/servers/other")).isPresent();
        assertThat(ensurer.remove()).as("second run").isFalse();
    }

    @Test
    void silentAdminApiTimesOutNamingWhatItWaitedFor() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + freePort());
        CaddyServerEnsurer lonely = new CaddyServerEnsurer(new HttpCaddyAdmin(nobody), ":80", Duration.ofMillis(700));
        long started = System.nanoTime();
        assertThatThrownBy(lonely::ensure).isInstanceOf(CaddyException.class)
                .hasMessageContaining("timed out after 0.7 s waiting for Caddy's admin API")
                .hasMessageContaining(nobody.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(700), Duration.ofSeconds(5));
    }

    private static void load(String config) throws Exception {
        load(caddy, config);
    }

    /** Replaces Caddy's config, keeping its admin address so that the test can still reach it. */
    static void load(LocalCaddy caddy, String config) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(config);
        node.putObject("admin").put("listen", caddy.adminUri().getAuthority());
        new HttpCaddyAdmin(caddy.adminUri()).post("/config/", node, null);
    }

    private static String fetch(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
