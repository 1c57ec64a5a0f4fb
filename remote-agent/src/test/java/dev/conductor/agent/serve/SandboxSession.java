package dev.conductor.agent.serve;

import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code conductor-agent serve --stdio} running inside a sandbox host, as a console's SSH
 * session would run it: a long-lived {@code sandbox-host exec} whose stdin and stdout are the
 * protocol. Its stderr goes to the test's.
 */
final class SandboxSession implements AutoCloseable {

    private final Process process;
    private final ProtocolClient client;

    private SandboxSession(Process process) {
        this.process = process;
        this.client = new ProtocolClient(process.getInputStream(), process.getOutputStream());
    }

    static SandboxSession start(SandboxHost host) {
        ProcessBuilder builder = new ProcessBuilder(SandboxScript.locate().path().toString(), "exec", host.name(),
                "conductor-agent", "serve", "--stdio").redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return new SandboxSession(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start serve --stdio in " + host, e);
        }
    }

    ProtocolClient client() {
        return client;
    }

    /** Closes the agent's stdin and returns its exit code, or -1 if it is still running after {@code timeout}. */
    int endInput(Duration timeout) throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
