package dev.conductor.agent.fleet.nats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The KV contract, the object store and request/reply against a real nats-server 2.9 on loopback. */
class JnatsFleetTest extends KvStoreContract {

    private static NatsServerProcess server;
    private static JnatsFleet fleet;

    @BeforeAll
    static void startServer() {
        server = NatsServerProcess.start();
        fleet = JnatsFleet.connect(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        if (fleet != null) {
            fleet.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected KvStore store() {
        return fleet;
    }

    @Test
    void objectsArePutListedFetchedAndDeleted() {
        fleet.ensureStore("contract-objects", 1);
        fleet.ensureStore("contract-objects", 1);
        byte[] big = new byte[300_000];
        big[299_999] = 7;
        fleet.putObject("contract-objects", "web/conductor-service.json", bytes("{}"));
        fleet.putObject("contract-objects", "big", big);
        assertThat(fleet.listObjects("contract-objects")).containsExactly("big", "web/conductor-service.json");
        assertThat(fleet.getObject("contract-objects", "big")).hasValueSatisfying(v -> assertThat(v).isEqualTo(big));
        fleet.deleteObject("contract-objects", "big");
        fleet.deleteObject("contract-objects", "never");
        assertThat(fleet.getObject("contract-objects", "big")).isEmpty();
        assertThat(fleet.listObjects("contract-objects")).containsExactly("web/conductor-service.json");
    }

    @Test
    void aRequestGetsTheServedReplyAndNoServerMeansAClearError() {
        fleet.serve("contract.echo", body -> ("echo " + new String(body, UTF_8)).getBytes(UTF_8));
        assertThat(new String(fleet.request("contract.echo", bytes("hi"), Duration.ofSeconds(5)), UTF_8))
                .isEqualTo("echo hi");
        assertThatThrownBy(() -> fleet.request("contract.nobody", bytes("hi"), Duration.ofMillis(500)))
                .isInstanceOf(NatsException.class).hasMessageContaining("contract.nobody");
    }

    @Test
    void aSignalReachesEveryListener() throws InterruptedException {
        CountDownLatch heard = new CountDownLatch(2);
        try (JnatsFleet other = JnatsFleet.connect(server.endpoint())) {
            fleet.listen("contract.changed", heard::countDown);
            other.listen("contract.changed", heard::countDown);

            other.signal("contract.changed");

            assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorThatNeverShowsThePassword() {
        NatsEndpoint wrong = new NatsEndpoint(List.of("nats://127.0.0.1:" + server.port()), "conductor-test",
                "wrong-password", "");
        assertThatThrownBy(() -> JnatsFleet.connect(wrong)).isInstanceOf(NatsException.class)
                .hasMessageContaining("127.0.0.1:" + server.port()).hasMessageNotContaining("wrong-password");
    }
}
