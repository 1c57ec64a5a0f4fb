package dev.conductor.agent.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleTrimTest {

    @Test
    void collectsOnceAfterEachBurstAndNeverWhileBusyOrAlwaysIdle() {
        AtomicLong requests = new AtomicLong();
        IdleTrim trim = new IdleTrim(requests::get);
        assertThat(trim.tick()).as("idle from the start").isFalse();
        requests.addAndGet(5);
        assertThat(trim.tick()).as("busy").isFalse();
        assertThat(trim.tick()).as("quiet after the burst").isTrue();
        assertThat(trim.tick()).as("still quiet: once is enough").isFalse();
        requests.incrementAndGet();
        assertThat(trim.tick()).isFalse();
        assertThat(trim.tick()).isTrue();
    }
}
