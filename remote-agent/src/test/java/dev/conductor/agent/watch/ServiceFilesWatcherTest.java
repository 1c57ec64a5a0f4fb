package dev.conductor.agent.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFilesWatcherTest {

    @TempDir
    Path root;

    @Test
    void aBurstOfChangesIsOneCallbackAndNewServiceDirectoriesAreWatchedToo() throws Exception {
        Path services = Files.createDirectories(root.resolve("services/web"));
        Semaphore changes = new Semaphore(0);
        try (ServiceFilesWatcher watcher = new ServiceFilesWatcher(List.of(root.resolve("services")),
                Duration.ofMillis(300), changes::release)) {
            Thread thread = new Thread(watcher::run);
            thread.setDaemon(true);
            thread.start();
            Thread.sleep(300);
            for (int i = 0; i < 5; i++) {
                Files.writeString(services.resolve("conductor-service.json"), "{\"n\": " + i + "}");
                Thread.sleep(20);
            }
            assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).as("one callback for the burst").isTrue();
            Thread.sleep(600);
            assertThat(changes.availablePermits()).isZero();

            Path db = Files.createDirectories(root.resolve("services/db"));
            assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).as("the new directory").isTrue();
            Thread.sleep(2500);
            changes.drainPermits();
            Files.writeString(db.resolve("conductor-service.json"), "{}");
            assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).as("a file in the new directory").isTrue();
        }
    }

    @Test
    void aRootThatAppearsWithAServiceAlreadyInsideIsAChange() throws Exception {
        Path later = root.resolve("run/services");
        Semaphore changes = new Semaphore(0);
        try (ServiceFilesWatcher watcher = new ServiceFilesWatcher(List.of(later), Duration.ofMillis(300),
                changes::release)) {
            Thread thread = new Thread(watcher::run);
            thread.setDaemon(true);
            thread.start();
            Thread.sleep(300);
            Files.createDirectories(root.resolve("elsewhere/web"));
            Files.writeString(root.resolve("elsewhere/web/conductor-service.json"), "{}");
            Files.createDirectories(later);
            Files.createSymbolicLink(later.resolve("web"), root.resolve("elsewhere/web"));

            assertThat(changes.tryAcquire(6, TimeUnit.SECONDS)).as("the root found by the rescan").isTrue();
        }
    }

    @Test
    void missingOrBrokenAgentConfigMeansTheDefaults() throws Exception {
        assertThat(AgentConfig.read(root.resolve("none.json")).watching()).isTrue();
        Path broken = Files.writeString(root.resolve("agent.json"), "{ nope");
        assertThat(AgentConfig.read(broken).retrying()).isTrue();
        Path off = Files.writeString(root.resolve("off.json"), "{\"watch\": false, \"other\": 1}");
        assertThat(AgentConfig.read(off).watching()).isFalse();
        assertThat(AgentConfig.read(off).retrying()).isTrue();
    }
}
