package dev.conductor.console.cli;

import dev.conductor.console.link.Operator;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.RollbackParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rollback SERVICE}: deploy an earlier revision on one host, with its progress. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Roll a service on the --host back to an earlier revision, printing each step.")
final class RollbackCommand extends RemoteCommand implements Runnable {

    @Parameters(paramLabel = "SERVICE")
    String service;

    @Option(names = "--to", paramLabel = "REVISION", description = "Revision (default: the one before the serving one).")
    Integer to;

    @Override
    public void run() {
        new Progress(this).run(MethodNames.SERVICE_ROLLBACK, new RollbackParams(service, to, Operator.by("conductor-console")));
    }
}
