package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads of one agent wait for each other, and a released lock leaves nothing behind. */
class ServiceLockTest {

    @TempDir
    Path locks;

    @Test
    @SuppressWarnings("try") // the locks are held, not used
    void aSecondThreadWaitsUntilTheFirstReleases() throws Exception {
        AtomicBoolean inside = new AtomicBoolean();
        CountDownLatch acquired = new CountDownLatch(1);
        Thread other;
        try (ServiceLock first = ServiceLock.acquire(locks, "web")) {
            other = new Thread(() -> {
                try (ServiceLock second = ServiceLock.acquire(locks, "web")) {
                    inside.set(true);
                    acquired.countDown();
                }
            });
            other.start();
            assertThat(acquired.await(200, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(inside).isFalse();
        }
        assertThat(acquired.await(10, TimeUnit.SECONDS)).isTrue();
        other.join();
    }

    @Test
    @SuppressWarnings("try")
    void releasedLocksLeaveTheInProcessMap() {
        int before = ServiceLock.inProcessLocks();
        for (int i = 0; i < 100; i++) {
            try (ServiceLock lock = ServiceLock.acquireDeployment(locks, "web-r" + i)) {
                assertThat(ServiceLock.inProcessLocks()).isGreaterThan(before);
            }
        }
        assertThat(ServiceLock.inProcessLocks()).isEqualTo(before);
    }
}
