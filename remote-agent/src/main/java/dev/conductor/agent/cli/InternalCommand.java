package dev.conductor.agent.cli;

import picocli.CommandLine.Command;

/** {@code conductor-agent _ ...}: what systemd units run, and template simulation. */
@Command(name = "_", hidden = true, mixinStandardHelpOptions = true,
        description = "Internal commands run by Conductor's systemd units, and template simulation.",
        subcommands = {InternalServiceCommand.class, InternalDeploymentCommand.class, CaddyEnsureCommand.class})
final class InternalCommand {
}
