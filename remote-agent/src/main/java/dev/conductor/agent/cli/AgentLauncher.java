package dev.conductor.agent.cli;

import dev.conductor.agent.daemon.AgentSocket;
import dev.conductor.agent.daemon.DaemonClient;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry: hands the command line to the resident agent when it runs, else to
 * {@link AgentMain}. It loads neither picocli nor Jackson on the way, so that a forwarded
 * command costs little more than the JVM's start.
 */
public final class AgentLauncher {

    private AgentLauncher() {}

    public static void main(String[] args) {
        if (Forwarding.toAgent(args)) {
            try {
                Optional<Integer> code = new DaemonClient(AgentSocket.STANDARD)
                        .run(List.of(Forwarding.forwarded(args, System.getenv("CONDUCTOR_FUNCTION_ID"))), System.out,
                                System.err);
                if (code.isPresent()) {
                    System.exit(code.get());
                }
            } catch (IOException e) {
                System.err.println("error: lost the resident agent: " + e.getMessage());
                System.exit(ErrorHandler.FAILURE);
            }
        }
        AgentMain.main(args);
    }
}
