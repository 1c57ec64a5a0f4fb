package dev.conductor.console.cli;

import dev.conductor.console.link.Operator;
import dev.conductor.protocol.method.DeployParams;
import dev.conductor.protocol.method.MethodNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deploy SERVICE}: a zero-downtime deploy on one host, with its progress as it happens. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy a service's current file on the --host, printing each step.")
final class DeployCommand extends RemoteCommand implements Runnable {

    @Parameters(paramLabel = "SERVICE")
    String service;

    @Option(names = "--timeout", defaultValue = "120", description = "Health timeout in seconds (default ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--drain", defaultValue = "2", description = "Drain time in seconds (default ${DEFAULT-VALUE}).")
    double drain;

    @Override
    public void run() {
        new Progress(this).run(MethodNames.SERVICE_DEPLOY, new DeployParams(service, (double) timeout, drain,
                Operator.by("conductor-console")));
    }
}
