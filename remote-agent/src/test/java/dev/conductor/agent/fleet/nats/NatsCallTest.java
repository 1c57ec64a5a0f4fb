package dev.conductor.agent.fleet.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.JetStreamApiException;
import io.nats.client.api.ApiResponse;
import io.nats.client.support.JsonParseException;
import io.nats.client.support.JsonParser;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NatsCallTest {

    @Test
    void aTemporarilyUnavailableJetStreamIsAskedAgain() {
        AtomicInteger calls = new AtomicInteger();

        String answer = NatsCall.run("nats://here", "read x", Duration.ofSeconds(10), () -> {
            if (calls.incrementAndGet() < 3) {
                throw error(503, 10008, "JetStream system temporarily unavailable");
            }
            return "x";
        });

        assertThat(answer).isEqualTo("x");
        assertThat(calls).hasValue(3);
    }

    @Test
    void withoutPatienceItIsNotAskedAgain() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> NatsCall.run("nats://here", "read x", Duration.ZERO, () -> {
            calls.incrementAndGet();
            throw error(503, 10008, "JetStream system temporarily unavailable");
        })).isInstanceOf(NatsException.class).hasMessageContaining("temporarily unavailable");
        assertThat(calls).hasValue(1);
    }

    @Test
    void otherRefusalsAreNotRetriedAndNameWhatWasTried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> NatsCall.run("nats://here", "read x", Duration.ofSeconds(10), () -> {
            calls.incrementAndGet();
            throw error(400, 10058, "stream name already in use");
        })).isInstanceOf(NatsException.class).hasMessageContaining("nats://here").hasMessageContaining("read x")
                .hasMessageContaining("(10058)");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aMissingStreamIsItsOwnError() {
        assertThatThrownBy(() -> NatsCall.run("nats://here", "list keys of b", Duration.ZERO, () -> {
            throw error(404, 10059, "stream not found");
        })).isInstanceOf(BucketMissingException.class).hasMessageContaining("list keys of b");
    }

    private static JetStreamApiException error(int code, int apiCode, String description) throws JsonParseException {
        String json = "{\"error\": {\"code\": " + code + ", \"err_code\": " + apiCode + ", \"description\": \""
                + description + "\"}}";
        return new JetStreamApiException(new ApiResponse<Object>(JsonParser.parse(json)) {});
    }
}
