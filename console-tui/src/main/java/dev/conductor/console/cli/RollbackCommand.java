package dev.conductor.console.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.protocol.MessageCodec;
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
        ObjectNode params = MessageCodec.MAPPER.createObjectNode().put("name", service);
        if (to != null) {
            params.put("to", to);
        }
        new Progress(this).run("service.rollback", params);
    }
}
