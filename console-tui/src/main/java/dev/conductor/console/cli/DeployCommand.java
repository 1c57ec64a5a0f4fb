package dev.conductor.console.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.protocol.MessageCodec;
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
        ObjectNode params = MessageCodec.MAPPER.createObjectNode().put("name", service)
                .put("timeout_sec", timeout).put("drain_sec", drain);
        new Progress(this).run("service.deploy", params);
    }
}
