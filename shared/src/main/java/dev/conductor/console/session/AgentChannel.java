package dev.conductor.console.session;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The pipe to a host's agent: the resident agent's socket or a running {@code conductor-agent
 * serve --stdio} over SSH in production, a local process or in-memory pipes in tests.
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

    /** Names how the agent is reached (its socket, or the command) and on which host, for messages. */
    String describe();

    @Override
    void close();

    /**
     * How the agent ended: an exit status or a signal for a process, words for an end without
     * either (a socket closed by the agent), or nothing when the connection went away first.
     */
    record Exit(Integer status, String signal, String ending) {

        public static final Exit UNKNOWN = new Exit(null, null, null);

        public Exit(Integer status, String signal) {
            this(status, signal, null);
        }

        /** An end with neither status nor signal, e.g. "the agent closed the connection". */
        public static Exit ended(String ending) {
            return new Exit(null, null, ending);
        }

        /** For messages: "the agent exited with status 1", "... was killed by signal TERM". */
        public String describe() {
            return status != null ? "the agent exited with status " + status
                    : signal != null ? "the agent was killed by signal " + signal
                    : ending != null ? ending : "the connection dropped";
        }
    }
}
