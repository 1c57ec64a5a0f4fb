package dev.conductor.tui;

import dev.conductor.console.link.Operator;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.view.Links;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamLine;
import dev.conductor.console.view.StreamText;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.method.DeployParams;
import dev.conductor.protocol.method.DeployResult;
import dev.conductor.protocol.method.LogsParams;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.RequestParams;
import dev.conductor.protocol.method.RollbackParams;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one-key actions on a service: deploy, rollback, logs. Agent calls start on {@code calls},
 * never on the GUI thread; their events come back through {@code invokeLater}.
 */
final class Actions {

    private static final int MAX_LINES = 2000;
    private static final double TIMEOUT_SEC = 120;
    private static final double DRAIN_SEC = 2;
    private static final int BACKLOG = 100;
    private final WindowBasedTextGUI gui;
    private final Links links;
    private final Executor calls;

    Actions(WindowBasedTextGUI gui, Links links, Executor calls) {
        this.gui = gui;
        this.links = links;
        this.calls = calls;
    }

    void deploy(ServiceRef service) {
        DeployParams params = new DeployParams(service.name(), TIMEOUT_SEC, DRAIN_SEC, Operator.by("conductor-tui"));
        confirmThen("Deploy", "Deploy " + service + "?", () -> progress(service, MethodNames.SERVICE_DEPLOY, params, "Deploy"));
    }

    void rollback(ServiceRef service, int revision) {
        confirmThen("Rollback", "Roll " + service + " back to revision " + revision + "?",
                () -> progress(service, MethodNames.SERVICE_ROLLBACK,
                        new RollbackParams(service.name(), revision, Operator.by("conductor-tui")), "Rollback"));
    }

    void logs(ServiceRef service) {
        follow("Logs of " + service, service.host(), LogsParams.ofService(service.name(), BACKLOG));
    }

    /** The fleet as {@code host}'s agent sees it, asked again every few seconds while the window is open. */
    void fleet(String host) {
        FleetWindow.open(this, host, FleetWindow.PERIOD);
    }

    /** {@code function} names a function's id on its host. */
    void functionLogs(ServiceRef function) {
        follow("Logs of function " + function, function.host(), LogsParams.ofFunction(function.name(), BACKLOG));
    }

    private void follow(String title, String host, LogsParams params) {
        StreamWindow window = open(title);
        window.timed();
        window.status("following");
        start(host, window, MethodNames.LOGS_FOLLOW, params, plain(StreamText::logLine), result -> "log ended");
    }

    /**
     * Streams {@code method} into {@code window}; {@code done} says how its result record ended it
     * (null when closing the window cancelled it). Shared with the command runner.
     */
    <P extends RequestParams, R> void start(String host, StreamWindow window, MethodName<P, R> method, P params,
            Function<Event, List<StreamLine>> lines, Function<R, String> done) {
        Optional<AgentLink> link = links.link(host);
        if (link.isEmpty()) {
            window.status("FAILED: " + host + " is not connected");
            return;
        }
        calls.execute(() -> {
            AgentLink.Stream<R> stream = link.get().stream(method, params, event -> {
                List<StreamLine> shown = lines.apply(event);
                if (!shown.isEmpty()) {
                    onGui(() -> shown.forEach(window::append));
                }
            });
            onGui(() -> window.onClose(stream::cancel));
            stream.result().whenComplete((result, failure) -> onGui(() -> finish(window, result, failure, done)));
        });
    }

    /** Calls {@code method} off the GUI thread; its result record or the failure's reason comes back on it. */
    <P extends RequestParams, R> void call(String host, MethodName<P, R> method, P params, Consumer<R> answer,
            Consumer<String> failed) {
        Optional<AgentLink> link = links.link(host);
        if (link.isEmpty()) {
            failed.accept(host + " is not connected");
            return;
        }
        calls.execute(() -> link.get().call(method, params).whenComplete((result, failure) -> onGui(() -> {
            if (failure == null) {
                answer.accept(result);
            } else {
                failed.accept(reason(failure));
            }
        })));
    }

    WindowBasedTextGUI gui() {
        return gui;
    }

    StreamWindow open(String title) {
        StreamWindow window = new StreamWindow(title, MAX_LINES);
        gui.addWindow(window);
        return window;
    }

    void onGui(Runnable task) {
        try {
            gui.getGUIThread().invokeLater(task);
        } catch (IllegalStateException stopped) {
            // the GUI is gone: nobody left to show this to
        }
    }

    private <P extends RequestParams> void progress(ServiceRef service, MethodName<P, DeployResult> method, P params,
            String what) {
        StreamWindow window = open(what + " " + service);
        window.status("running");
        start(service.host(), window, method, params, plain(StreamText::progressLine),
                result -> what + " finished: " + result.state());
    }


    /** A stream whose events are one line each, or none (null), never stderr. */
    static Function<Event, List<StreamLine>> plain(Function<Event, String> line) {
        return event -> {
            String text = line.apply(event);
            return text == null ? List.of() : List.of(StreamLine.out(text));
        };
    }

    private <R> void finish(StreamWindow window, R result, Throwable failure, Function<R, String> done) {
        String text = failure == null ? done.apply(result) : "FAILED: " + reason(failure);
        window.append(text); // kept in the list too, so the result stays visible when scrolling
        window.ended();
        window.status(text);
    }

    void confirmThen(String title, String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, question, "Yes", "No");
        dialog.answer().thenAccept(yes -> {
            if (yes) {
                onGui(action);
            }
        });
        gui.addWindow(dialog);
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return String.valueOf(cause.getMessage());
    }


    static NameParams params(ServiceRef service) {
        return new NameParams(service.name());
    }
}
