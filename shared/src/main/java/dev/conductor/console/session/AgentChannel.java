package dev.conductor.console.session;

import dev.conductor.console.ssh.RemoteProcess;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The pipe to a running {@code conductor-agent serve --stdio}: over SSH in production, a local
 * process or in-memory pipes in tests.
 */
public interface AgentChannel extends AutoCloseable {

    /** The agent's stdout: protocol lines, ending when the agent or the connection ends. */
    InputStream stdout();

    /** The agent's stdin. */
    OutputStream stdin();

    /** The last of what the agent (or the shell starting it) wrote to stderr. */
    String stderrTail();

    /** How the agent ended, waiting up to {@code wait} for the news; {@link Exit#UNKNOWN} if none came. */
    Exit exit(Duration wait);

    /** Names the command and where it runs, for messages. */
    String describe();

    @Override
    void close();

    /**
     * How the agent process ended: an exit status, a signal, or neither when the connection went
     * away first.
     */
    record Exit(Integer status, String signal) {

        public static final Exit UNKNOWN = new Exit(null, null);

        /** For messages: "the agent exited with status 1", "... was killed by signal TERM". */
        public String describe() {
            return status != null ? "the agent exited with status " + status
                    : signal != null ? "the agent was killed by signal " + signal : "the connection dropped";
        }
    }

    /** A remote process as an agent channel. */
    static AgentChannel of(RemoteProcess process) {
        return new AgentChannel() {
            @Override
            public InputStream stdout() {
                return process.stdout();
            }

            @Override
            public OutputStream stdin() {
                return process.stdin();
            }

            @Override
            public String stderrTail() {
                return process.stderrTail();
            }

            @Override
            public Exit exit(Duration wait) {
                OptionalInt status = process.exitStatus(wait);
                return new Exit(status.isPresent() ? status.getAsInt() : null, process.exitSignal().orElse(null));
            }

            @Override
            public String describe() {
                return process.describe();
            }

            @Override
            public void close() {
                process.close();
            }
        };
    }
}
