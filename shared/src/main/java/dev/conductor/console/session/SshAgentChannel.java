package dev.conductor.console.session;

import dev.conductor.console.ssh.RemoteProcess;
import dev.conductor.console.ssh.RemoteSocket;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/** An agent channel over SSH: the agent command's stdio, or a stream to the resident agent's socket. */
record SshAgentChannel(InputStream stdout, OutputStream stdin, Supplier<String> stderr, Function<Duration, Exit> ending,
        String describe, Runnable closer) implements AgentChannel {

    static AgentChannel command(RemoteProcess process) {
        return new SshAgentChannel(process.stdout(), process.stdin(), process::stderrTail, wait -> {
            OptionalInt status = process.exitStatus(wait);
            return new Exit(status.isPresent() ? status.getAsInt() : null, process.exitSignal().orElse(null));
        }, process.describe(), process::close);
    }

    /**
     * The resident agent serves the session in its own process: nothing exits and nothing writes
     * to stderr. With SSH still up, a closed socket means the agent closed it.
     */
    static AgentChannel socket(RemoteSocket socket) {
        return new SshAgentChannel(socket.in(), socket.out(), () -> "",
                wait -> socket.connectionOpen() ? Exit.ended("the agent closed the connection") : Exit.UNKNOWN,
                "agent " + socket.describe(), socket::close);
    }

    @Override
    public String stderrTail() {
        return stderr.get();
    }

    @Override
    public Exit exit(Duration wait) {
        return ending.apply(wait);
    }

    @Override
    public void close() {
        closer.run();
    }
}
