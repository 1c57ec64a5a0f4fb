package dev.conductor.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the console was started.
 *
 * @param hosts the destinations to watch from the start
 * @param trustNewHostKeys accept unknown host keys without asking (explicit trust-on-first-use)
 * @param agentJar the agent to install on hosts that lack it
 * @param home the home whose ~/.ssh and ~/.config/conductor the console uses
 * @param version the console's version
 * @param benchServices for the launch benchmark: exit once this many services show; 0 for a normal run
 */
public record GuiOptions(List<String> hosts, boolean trustNewHostKeys, Optional<Path> agentJar, Path home,
                         String version, int benchServices) {

    public GuiOptions {
        hosts = List.copyOf(hosts);
    }

    public Path hostsFile() {
        return home.resolve(".config/conductor/hosts");
    }

    public Path stateFile() {
        return home.resolve(".config/conductor/gui.properties");
    }
}
