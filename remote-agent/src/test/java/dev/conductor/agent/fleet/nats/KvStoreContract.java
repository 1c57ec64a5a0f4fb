package dev.conductor.agent.fleet.nats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link KvStore} must do: run against the real adapter and the in-memory fake. */
abstract class KvStoreContract {

    private static int buckets;
    protected String bucket;

    protected abstract KvStore store();

    @BeforeEach
    void newBucket() {
        bucket = "contract-" + (++buckets) + "-" + System.nanoTime() % 100000;
        store().ensureBucket(new BucketSpec(bucket, 1, Duration.ofMinutes(5)));
    }

    @Test
    void ensuringABucketTwiceKeepsItsValues() {
        store().put(bucket, "a", bytes("1"));
        store().ensureBucket(new BucketSpec(bucket, 1, Duration.ofMinutes(5)));
        store().ensureBucket(new BucketSpec(bucket, 1, Duration.ofMinutes(10)));
        assertThat(text(bucket, "a")).isEqualTo("1");
    }

    @Test
    void putThenGetGivesTheValueItsRevisionAndTheServersTime() {
        Instant before = Instant.now().minusSeconds(2);
        long revision = store().put(bucket, "host.one", bytes("hello"));
        KvEntry entry = store().get(bucket, "host.one").orElseThrow();
        assertThat(new String(entry.value(), UTF_8)).isEqualTo("hello");
        assertThat(entry.revision()).isEqualTo(revision);
        assertThat(entry.created()).isAfter(before).isBefore(Instant.now().plusSeconds(2));
        assertThat(store().put(bucket, "host.one", bytes("again"))).isGreaterThan(revision);
    }

    @Test
    void aMissingKeyIsEmpty() {
        assertThat(store().get(bucket, "nothing")).isEmpty();
    }

    @Test
    void createSetsOnlyAKeyThatHasNoValue() {
        assertThat(store().create(bucket, "lock", bytes("first"))).isPresent();
        assertThat(store().create(bucket, "lock", bytes("second"))).isEmpty();
        assertThat(text(bucket, "lock")).isEqualTo("first");
        store().delete(bucket, "lock");
        assertThat(store().create(bucket, "lock", bytes("third"))).isPresent();
    }

    @Test
    void updateIsCompareAndSet() {
        long first = store().put(bucket, "k", bytes("1"));
        long second = store().update(bucket, "k", bytes("2"), first).orElseThrow();
        assertThat(store().update(bucket, "k", bytes("stale"), first)).isEmpty();
        assertThat(text(bucket, "k")).isEqualTo("2");
        assertThat(store().update(bucket, "k", bytes("3"), second)).isPresent();
    }

    @Test
    void deleteRemovesTheKeyFromGetAndKeys() {
        store().put(bucket, "b", bytes("x"));
        store().put(bucket, "a", bytes("y"));
        store().delete(bucket, "b");
        store().delete(bucket, "never-set");
        assertThat(store().get(bucket, "b")).isEmpty();
        assertThat(store().keys(bucket)).containsExactly("a");
    }

    @Test
    void keysAreSortedAndEmptyForAnEmptyBucket() {
        assertThat(store().keys(bucket)).isEmpty();
        store().put(bucket, "c", bytes("1"));
        store().put(bucket, "a", bytes("1"));
        assertThat(store().keys(bucket)).containsExactly("a", "c");
    }

    @Test
    void valuesOlderThanTheBucketsMaxAgeAreGone() throws InterruptedException {
        String shortLived = bucket + "-ttl";
        store().ensureBucket(new BucketSpec(shortLived, 1, Duration.ofSeconds(1)));
        store().put(shortLived, "beat", bytes("1"));
        Instant deadline = Instant.now().plusSeconds(10);
        while (store().get(shortLived, "beat").isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(store().get(shortLived, "beat")).isEmpty();
        assertThat(store().keys(shortLived)).isEmpty();
    }

    @Test
    void aMissingBucketIsItsOwnError() {
        assertThatThrownBy(() -> store().keys("never-made-" + bucket)).isInstanceOf(BucketMissingException.class);
        assertThatThrownBy(() -> store().put("never-made-" + bucket, "k", bytes("v")))
                .isInstanceOf(BucketMissingException.class);
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private String text(String b, String key) {
        return new String(store().get(b, key).orElseThrow().value(), UTF_8);
    }
}
