package dev.conductor.console.session;

import dev.conductor.protocol.Hello;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** Waits for the agent's hello and turns every way it can fail into a message that says why. */
final class Handshake {

    /** What shells and picocli print when the agent is missing or too old to serve consoles. */
    private static final Pattern MISSING = Pattern.compile(
            "command not found|: not found|No such file or directory|Unmatched argument|Unknown option");
    private static final int COMMAND_NOT_FOUND = 127;
    private static final int NOT_EXECUTABLE = 126;
    private static final Duration EXIT_WAIT = Duration.ofSeconds(2);

    private Handshake() {
    }

    static Hello await(CompletableFuture<Hello> hello, AgentChannel channel, Duration timeout) {
        Hello agent = received(hello, channel, timeout);
        if (agent.protocol() != Hello.PROTOCOL) {
            throw new ProtocolMismatchException(channel.describe() + " speaks protocol " + agent.protocol()
                    + " (agent " + agent.agentVersion() + "), this console speaks protocol " + Hello.PROTOCOL, agent);
        }
        return agent;
    }

    private static Hello received(CompletableFuture<Hello> hello, AgentChannel channel, Duration timeout) {
        try {
            return hello.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AgentSessionException(channel.describe() + " did not say hello within " + seconds(timeout)
                    + stderr(channel.stderrTail()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentSessionException("interrupted waiting for the hello of " + channel.describe(), e);
        } catch (ExecutionException e) {
            throw noHello((Inbox.NoHello) e.getCause(), channel);
        }
    }

    private static AgentSessionException noHello(Inbox.NoHello noHello, AgentChannel channel) {
        AgentChannel.Exit ending = noHello.line == null ? channel.exit(EXIT_WAIT) : AgentChannel.Exit.UNKNOWN;
        int status = ending.status() == null ? 0 : ending.status();
        String stderr = channel.stderrTail().strip();
        boolean missing = status == COMMAND_NOT_FOUND || status == NOT_EXECUTABLE
                || MISSING.matcher(stderr).find() || noHello.line != null && MISSING.matcher(noHello.line).find();
        String exit = ending.status() != null ? " (exit status " + status + ")"
                : ending.signal() != null ? " (killed by signal " + ending.signal() + ")" : "";
        if (missing) {
            return new AgentMissingException("the agent is not installed, or too old, on the host: "
                    + channel.describe() + " failed" + exit + ": " + lastLine(noHello.line == null ? stderr : noHello.line));
        }
        if (noHello.line != null) {
            return new AgentSessionException(channel.describe() + " printed something that is not the agent"
                    + " protocol: '" + shorten(noHello.line) + "'" + stderr(stderr));
        }
        return new AgentSessionException(channel.describe() + " ended before saying hello" + exit + stderr(stderr));
    }

    /** "20 s", or "300 ms" when not whole seconds. */
    static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String stderr(String tail) {
        return tail.isBlank() ? "" : "; stderr: " + shorten(tail.strip());
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : "..." + text.substring(text.length() - 300);
    }
}
