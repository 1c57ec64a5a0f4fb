package dev.conductor.agent.install;

import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.nio.file.Path;
import java.time.Duration;

/** Whether the resident agent answers on its socket, asked with curl as the units ask it. */
final class AgentProbe {

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final ProcessRunner runner;
    private final Path curl;
    private final Path socket;

    AgentProbe(ProcessRunner runner, Path curl, Path socket) {
        this.runner = runner;
        this.curl = curl;
        this.socket = socket;
    }

    /** True once {@code GET /v1/state} answers 2xx, false when it has not within {@code bound}. */
    boolean answersWithin(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        do {
            if (answers()) {
                return true;
            }
            pause();
        } while (System.nanoTime() < deadline);
        return false;
    }

    private boolean answers() {
        return runner.run(ProcessSpec.of(curl.toString(), "-sf", "-o", "/dev/null", "-m", "5", "--unix-socket",
                socket.toString(), "http://agent/v1/state").withTimeout(Duration.ofSeconds(10))).succeeded();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("interrupted while waiting for the resident agent to answer", e);
        }
    }
}
