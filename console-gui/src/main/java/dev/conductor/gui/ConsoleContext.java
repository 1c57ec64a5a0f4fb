package dev.conductor.gui;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.ssh.SshOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the main window works with.
 *
 * @param fleet the watched hosts' state
 * @param hosts the host watchers and their links
 * @param calls agent calls off the FX thread
 * @param ssh the SSH settings, for the add-host wizard's own connection
 * @param agentJar the agent jar to install on new hosts, if this console has one
 * @param version the console's version
 * @param hostsFile where added hosts are remembered
 */
public record ConsoleContext(Fleet fleet, Hosts hosts, FxCalls calls, SshOptions ssh, Optional<Path> agentJar,
                             String version, Path hostsFile) {}
