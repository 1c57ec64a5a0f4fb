package dev.conductor.agent.fleet.nats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three real nats-servers on loopback, one of them frozen as a powered-off host looks: the fleet's
 * reads through the two others must keep answering. With keys listed through a consumer, as
 * before, it fails; direct gets timed out here in some runs only.
 */
class JnatsFleetClusterTest {

    private static final Duration SETTLED = Duration.ofSeconds(30);
    private static List<NatsServerProcess> servers = List.of();
    private static final List<JnatsFleet> fleets = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        servers = NatsServerProcess.cluster(3);
        servers.forEach(server -> fleets.add(JnatsFleet.connect(server.endpoint())));
    }

    @AfterAll
    static void stopCluster() {
        fleets.forEach(JnatsFleet::close);
        servers.forEach(NatsServerProcess::close);
    }

    @Test
    void readsThroughTheServersLeftKeepAnsweringWhenOneFreezes() {
        JnatsFleet first = fleets.get(0);
        BucketSpec bucket = new BucketSpec("frozen-kv", 3, Duration.ofMinutes(10));
        eventually(() -> first.ensureBucket(bucket)); // until JetStream's meta group has a leader
        eventually(() -> first.ensureStore("frozen-objects", 3));
        byte[] big = new byte[300_000];
        new Random(7).nextBytes(big);
        first.putObject("frozen-objects", "bundle", big);
        for (int key = 0; key < 5; key++) {
            first.put(bucket.name(), "key-" + key, ("value " + key).getBytes(UTF_8));
        }
        first.delete(bucket.name(), "key-4");

        servers.get(2).freeze();
        for (JnatsFleet fleet : fleets.subList(0, 2)) {
            // the first call of each stream may wait for it to elect a new leader; after that every read answers
            eventually(() -> fleet.keys(bucket.name()));
            eventually(() -> fleet.getObject("frozen-objects", "bundle"));
            int failed = 0;
            for (int round = 0; round < 10; round++) {
                int key = 1 + round % 3;
                boolean objects = round % 3 == 0;
                failed += answered(() -> {
                    assertThat(fleet.keys(bucket.name())).containsExactly("key-0", "key-1", "key-2", "key-3");
                    assertThat(fleet.get(bucket.name(), "key-" + key)).hasValueSatisfying(entry ->
                            assertThat(entry.value()).asString(UTF_8).startsWith("value "));
                    assertThat(fleet.get(bucket.name(), "key-4")).isEmpty();
                    if (objects) {
                        assertThat(fleet.getObject("frozen-objects", "bundle")).hasValueSatisfying(value ->
                                assertThat(value).isEqualTo(big));
                        assertThat(fleet.listObjects("frozen-objects")).containsExactly("bundle");
                    }
                });
            }
            // a loaded machine may time out a call during a late election; the old reads lost a third of all calls
            assertThat(failed).as("rounds with a read that went unanswered, of 10").isLessThanOrEqualTo(1);
            assertThat(fleet.update(bucket.name(), "key-0", "moved".getBytes(UTF_8),
                    fleet.get(bucket.name(), "key-0").orElseThrow().revision())).isPresent();
        }
    }

    /** 0 when every read of the round answered, 1 when one timed out; a wrong answer fails the test. */
    private static int answered(Runnable round) {
        try {
            round.run();
            return 0;
        } catch (NatsException unanswered) {
            return 1;
        }
    }

    private static void eventually(Runnable call) {
        Instant deadline = Instant.now().plus(SETTLED);
        while (true) {
            try {
                call.run();
                return;
            } catch (NatsException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
