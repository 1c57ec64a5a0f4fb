package dev.conductor.gui.action;

import dev.conductor.console.link.Operator;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServiceText;
import dev.conductor.gui.FxCalls;
import dev.conductor.gui.Notifier;
import dev.conductor.protocol.method.ConfigSetParams;
import dev.conductor.protocol.method.DeployParams;
import dev.conductor.protocol.method.DeployResult;
import dev.conductor.protocol.method.MessageResult;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.RequestParams;
import dev.conductor.protocol.method.RollbackParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.Window;

/**
 * The actions that change a host: deploy, rollback, start, stop, restart, reload. Each asks
 * first; deploys, rollbacks and reloads show their steps in a {@link ProgressPanel}; every
 * action ends with a message through the notifier. Called on the FX thread.
 */
public final class ServiceActions {

    private static final int TIMEOUT_SEC = 120;
    private static final int DRAIN_SEC = 2;
    private final FxCalls calls;
    private final Window owner;
    private final Notifier notifier;
    private final Confirm confirm;
    private final RollbackPicker picker;

    /** Asks with confirmation alerts owned by {@code owner}. */
    public ServiceActions(FxCalls calls, Window owner, Notifier notifier) {
        this(calls, owner, notifier, Confirm.alert(owner));
    }

    public ServiceActions(FxCalls calls, Window owner, Notifier notifier, Confirm confirm) {
        this.calls = calls;
        this.owner = owner;
        this.notifier = notifier;
        this.confirm = confirm;
        this.picker = new RollbackPicker(calls, owner, notifier);
    }

    public void deploy(ServiceRef service) {
        if (confirm.ask("Deploy", "Deploy " + service + "? The old revision is drained for " + DRAIN_SEC + " s.")) {
            progress("Deploy", service, MethodNames.SERVICE_DEPLOY,
                    new DeployParams(service.name(), (double) TIMEOUT_SEC, (double) DRAIN_SEC,
                            Operator.by("conductor-gui")), DeployResult::state);
        }
    }

    /** Opens the revision picker; the picked revision is confirmed, then rolled back to. */
    public void rollback(ServiceRef service) {
        picker.open(service, revision -> rollback(service, revision));
    }

    /** Rolls back to {@code revision} after confirmation, without the picker. */
    public void rollback(ServiceRef service, int revision) {
        if (confirm.ask("Roll back", "Roll " + service + " back to revision " + revision + "?")) {
            progress("Rollback", service, MethodNames.SERVICE_ROLLBACK, new RollbackParams(service.name(), revision,
                    Operator.by("conductor-gui")),
                    DeployResult::state);
        }
    }

    /** Opens the config dialog; the values set are saved as overrides and, if chosen, deployed with progress. */
    public void configure(ServiceRef service) {
        new ConfigDialog(calls, owner).open(service, change -> progress("Configure", service, MethodNames.SERVICE_CONFIG_SET,
                new ConfigSetParams(service.name(), change.values(), change.deploy()), MessageResult::message));
    }

    public void start(ServiceRef service) {
        control("Start", MethodNames.SERVICE_START, service);
    }

    public void stop(ServiceRef service) {
        control("Stop", MethodNames.SERVICE_STOP, service);
    }

    public void restart(ServiceRef service) {
        control("Restart", MethodNames.SERVICE_RESTART, service);
    }

    /** Reloads every service file on {@code host}; the panel lists what changed and what is broken. */
    public void reload(String host) {
        if (!confirm.ask("Reload", "Reload all services on " + host + "?")) {
            return;
        }
        String subject = "Reload " + host;
        ProgressPanel panel = panel("Reload", subject);
        when(calls.stream(host, MethodNames.RELOAD, NoParams.NONE, panel::event).result(), report -> {
            List<String> lines = ServiceText.reload(report);
            List<String> errors = lines.stream().filter(line -> line.startsWith("ERROR ")).toList();
            String summary = report.actions().size() + " changed, " + errors.size() + " broken";
            panel.notes(lines);
            panel.succeeded(summary);
            if (errors.isEmpty()) {
                notifier.success(subject + " finished: " + summary);
            } else {
                notifier.failure(subject + " finished: " + summary, String.join("; ", errors));
            }
        }, failure -> failed(panel, subject, failure));
    }

    /** Runs {@code method} with its steps in a panel; {@code summary} says how it ended, e.g. the service's state. */
    private <P extends RequestParams, R> void progress(String action, ServiceRef service, MethodName<P, R> method,
            P params, Function<R, String> summary) {
        String subject = action + " " + service;
        ProgressPanel panel = panel(action, subject);
        when(calls.stream(service.host(), method, params, panel::event).result(), result -> {
            String state = summary.apply(result);
            panel.succeeded(state);
            notifier.success(subject + " finished: " + state);
        }, failure -> failed(panel, subject, failure));
    }

    private void control(String action, MethodName<NameParams, MessageResult> method, ServiceRef service) {
        String subject = action + " " + service;
        if (!confirm.ask(action, subject + "?")) {
            return;
        }
        notifier.info(subject + "…");
        when(calls.call(service.host(), method, params(service)),
                result -> notifier.success(subject + ": " + result.message()),
                failure -> notifier.failure(subject + " failed", FxCalls.reason(failure)));
    }

    private ProgressPanel panel(String action, String subject) {
        ProgressPanel panel = new ProgressPanel(owner, subject, new ProgressModel(action));
        panel.show();
        return panel;
    }

    private void failed(ProgressPanel panel, String subject, Throwable failure) {
        panel.failed(FxCalls.reason(failure));
        notifier.failure(subject + " failed", FxCalls.reason(failure));
    }

    /** Runs the handlers on the answer; a bug in them reaches the thread's uncaught-exception handler, not the void. */
    private static <R> void when(CompletableFuture<R> answer, Consumer<R> done, Consumer<Throwable> failed) {
        answer.whenComplete((result, failure) -> {
            try {
                if (failure == null) {
                    done.accept(result);
                } else {
                    failed.accept(failure);
                }
            } catch (RuntimeException bug) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, bug);
            }
        });
    }

    private static NameParams params(ServiceRef service) {
        return new NameParams(service.name());
    }
}
