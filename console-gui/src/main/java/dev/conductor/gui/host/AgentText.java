package dev.conductor.gui.host;

import dev.conductor.console.bootstrap.VersionCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The wizard's sentences about the agent: on the host, and whether this console can install it. */
final class AgentText {

    private AgentText() {
    }

    static String describe(Optional<String> agentVersion, VersionCheck check, String consoleVersion) {
        if (agentVersion.isEmpty()) {
            return "conductor-agent is not installed on this host";
        }
        String agent = "conductor-agent " + agentVersion.get();
        return switch (check) {
            case AGENT_OLDER -> agent + " is older than this console (" + consoleVersion + ")";
            case SAME -> agent + " is installed";
            case AGENT_NEWER -> agent + " is installed (newer than this console, " + consoleVersion + ")";
        };
    }

    static String installed(Optional<String> agentVersion) {
        return agentVersion.map(version -> "conductor-agent " + version + " is installed")
                .orElse("conductor-agent is installed");
    }

    static Optional<String> installUnavailable(Optional<Path> agentJar) {
        if (agentJar.isEmpty()) {
            return Optional.of("This console has no agent jar to install. Install conductor-agent on the host"
                    + " yourself, or add the host now and install the agent later.");
        }
        return Files.isRegularFile(agentJar.get()) ? Optional.empty()
                : Optional.of("No agent jar at '" + agentJar.get() + "': the agent cannot be installed from here.");
    }
}
