package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.Payloads;
import dev.conductor.protocol.method.ProgressEvent;
import dev.conductor.protocol.method.RequestParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a deploy-like request on the single host and prints its {@code progress} events. */
final class Progress {

    private final RemoteCommand command;

    Progress(RemoteCommand command) {
        this.command = command;
    }

    <P extends RequestParams, R> void run(MethodName<P, R> method, P params) {
        List<ProgressEvent> steps = new ArrayList<>();
        try (Consoles consoles = command.consoles(); AgentLink link = consoles.connect(consoles.singleHost())) {
            AgentLink.Stream<R> stream = link.stream(method, params, event -> {
                if (EventNames.PROGRESS.equals(event.event())) {
                    ProgressEvent step = Payloads.read(event.data(), ProgressEvent.class);
                    steps.add(step);
                    if (!command.main.json) {
                        command.out().printf("[%6.2fs] %-11s %s%n", step.seconds(), step.step(), step.detail());
                        command.out().flush();
                    }
                }
            });
            R result = RemoteCommand.await(stream.result());
            if (command.main.json) {
                command.printJson(Map.of("steps", steps, "result", result));
            }
        }
    }
}
