package dev.conductor.tui;

import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServiceText;
import dev.conductor.console.view.StreamText;
import dev.conductor.console.view.Timeline;
import dev.conductor.protocol.method.MessageResult;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.NoParams;
import java.util.List;
import java.util.function.Function;

/**
 * The read-only views of a service (env, show) and the control actions: start, stop, restart,
 * and reloading a host. Each action asks first; every answer or failure lands in a scrollable window.
 */
final class ServiceControl {

    private final Actions actions;

    ServiceControl(Actions actions) {
        this.actions = actions;
    }

    void env(ServiceRef service) {
        view("Env of " + service, service, MethodNames.SERVICE_ENV, ServiceText::env);
    }

    void show(ServiceRef service) {
        view("Service " + service, service, MethodNames.SERVICE_SHOW, ServiceText::show);
    }

    /** The service's deploys and rollbacks: when, which revision, what triggered it, how it ended. */
    void timeline(ServiceRef service) {
        view("Timeline of " + service, service, MethodNames.SERVICE_HISTORY, history -> Timeline.of(history).lines());
    }

    void start(ServiceRef service) {
        control("Start", MethodNames.SERVICE_START, service);
    }

    void stop(ServiceRef service) {
        control("Stop", MethodNames.SERVICE_STOP, service);
    }

    void restart(ServiceRef service) {
        control("Restart", MethodNames.SERVICE_RESTART, service);
    }

    /** Reloads every service file on the host; the report lists what changed and what is broken. */
    void reload(String host) {
        actions.confirmThen("Reload", "Reload all services on " + host + "?", () -> {
            StreamWindow window = actions.open("Reload " + host);
            window.status("running");
            actions.start(host, window, MethodNames.RELOAD, NoParams.NONE, Actions.plain(StreamText::progressLine),
                    report -> {
                        ServiceText.reload(report).forEach(window::append);
                        return "Reload finished: " + report.actions().size() + " changed, "
                                + report.errors().size() + " broken";
                    });
        });
    }

    private void control(String what, MethodName<NameParams, MessageResult> method, ServiceRef service) {
        actions.confirmThen(what, what + " " + service + "?", () -> {
            StreamWindow window = actions.open(what + " " + service);
            window.status("running");
            actions.call(service.host(), method, Actions.params(service),
                    result -> done(window, what + " finished: " + result.message()),
                    failure -> done(window, "FAILED: " + failure));
        });
    }

    private <R> void view(String title, ServiceRef service, MethodName<NameParams, R> method,
            Function<R, List<String>> lines) {
        StreamWindow window = actions.open(title);
        window.status("loading");
        actions.call(service.host(), method, Actions.params(service), result -> {
            lines.apply(result).forEach(window::append);
            window.top();
            window.status(title);
        }, failure -> done(window, "FAILED: " + failure));
    }

    private static void done(StreamWindow window, String text) {
        window.append(text);
        window.status(text);
    }
}
