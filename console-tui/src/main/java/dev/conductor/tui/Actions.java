package dev.conductor.tui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.view.Links;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamText;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.MessageCodec;
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
    private final WindowBasedTextGUI gui;
    private final Links links;
    private final Executor calls;

    Actions(WindowBasedTextGUI gui, Links links, Executor calls) {
        this.gui = gui;
        this.links = links;
        this.calls = calls;
    }

    void deploy(ServiceRef service) {
        ObjectNode params = params(service).put("timeout_sec", 120).put("drain_sec", 2);
        confirmThen("Deploy", "Deploy " + service + "?", () -> progress(service, "service.deploy", params, "Deploy"));
    }

    void rollback(ServiceRef service, int revision) {
        confirmThen("Rollback", "Roll " + service + " back to revision " + revision + "?",
                () -> progress(service, "service.rollback", params(service).put("to", revision), "Rollback"));
    }

    void logs(ServiceRef service) {
        StreamWindow window = open("Logs of " + service);
        window.timed();
        window.status("following");
        ObjectNode params = MessageCodec.MAPPER.createObjectNode().put("service", service.name()).put("lines", 100);
        start(service.host(), window, "logs.follow", params,
                StreamText::logLine, result -> "log ended");
    }

    /** Opens a window and streams {@code method} into it; shared with the command runner. */
    void start(String host, StreamWindow window, String method, JsonNode params, Function<Event, String> line,
               Function<JsonNode, String> done) {
        Optional<AgentLink> link = links.link(host);
        if (link.isEmpty()) {
            window.status("FAILED: " + host + " is not connected");
            return;
        }
        calls.execute(() -> {
            AgentLink.Stream stream = link.get().stream(method, params, event -> {
                String text = line.apply(event);
                if (text != null) {
                    onGui(() -> window.append(text));
                }
            });
            onGui(() -> window.onClose(stream::cancel));
            stream.result().whenComplete((result, failure) -> onGui(() -> finish(window, result, failure, done)));
        });
    }

    /** Calls {@code method} off the GUI thread; the answer or the failure's reason comes back on it. */
    void call(String host, String method, JsonNode params, Consumer<JsonNode> answer, Consumer<String> failed) {
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

    private void progress(ServiceRef service, String method, JsonNode params, String what) {
        StreamWindow window = open(what + " " + service);
        window.status("running");
        start(service.host(), window, method, params, StreamText::progressLine,
                result -> what + " finished: " + result.path("state").asText(result.toString()));
    }


    private void finish(StreamWindow window, JsonNode result, Throwable failure, Function<JsonNode, String> done) {
        String text = failure == null ? done.apply(result) : "FAILED: " + reason(failure);
        window.append(text); // kept in the list too, so the result stays visible when scrolling
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


    static ObjectNode params(ServiceRef service) {
        return MessageCodec.MAPPER.createObjectNode().put("name", service.name());
    }
}
