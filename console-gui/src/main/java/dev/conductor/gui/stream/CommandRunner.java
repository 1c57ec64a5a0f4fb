package dev.conductor.gui.stream;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamText;
import dev.conductor.gui.FxCalls;
import dev.conductor.protocol.method.CommandRunParams;
import dev.conductor.protocol.method.CommandsResult;
import dev.conductor.protocol.method.ExitResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.ServiceParams;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Runs one of a service's declared commands ({@code commands.list}, {@code command.run}) with
 * arguments, showing its output (stderr apart) and exit code. Stop, or {@link #close()} with the tab,
 * cancels a run, and the agent kills the command's processes.
 * Build it and use it on the FX thread.
 */
public final class CommandRunner {

    private final FxCalls calls;
    private final ServiceRef service;
    private final ComboBox<Command> choice = new ComboBox<>();
    private final TextField args = new TextField();
    private final Button run = new Button("Run");
    private final Button stop = new Button("Stop");
    private final LineList output = new LineList("command-output", LogBuffer.DEFAULT_LIMIT);
    private final Label exit = new Label();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final VBox root;
    private Runnable cancel = () -> { };

    /** Lists the commands {@code service} declares ({@code commands.list}), ready to run one. */
    public CommandRunner(FxCalls calls, ServiceRef service) {
        this.calls = calls;
        this.service = service;
        choice.setId("command-choice");
        choice.setConverter(new Labels());
        choice.setPromptText("loading commands…");
        args.setId("command-args");
        args.setPromptText("arguments, \"quoted\" when they hold spaces");
        args.setOnAction(enter -> run.fire());
        run.setId("command-run");
        run.disableProperty().bind(running.or(choice.valueProperty().isNull()));
        run.setOnAction(action -> run());
        stop.setId("command-stop");
        stop.disableProperty().bind(running.not());
        stop.setOnAction(action -> stop());
        exit.setId("command-exit");
        HBox.setHgrow(args, Priority.ALWAYS);
        VBox.setVgrow(output.view(), Priority.ALWAYS);
        HBox form = new HBox(8, choice, args, run, stop);
        root = new VBox(8, form, output.view(), exit);
        root.setId("command-runner");
        root.setPadding(new Insets(8));
        calls.call(service.host(), MethodNames.COMMANDS_LIST, new ServiceParams(service.name()))
                .whenComplete(this::listed);
    }

    /** The runner, root id {@code command-runner}. */
    public Node node() {
        return root;
    }

    /** The tab text, e.g. {@code Commands · web on alpha}. */
    public String title() {
        return "Commands · " + service;
    }

    /** Cancels a running command. */
    public void close() {
        cancel.run();
    }

    private void listed(CommandsResult result, Throwable failure) {
        if (failure != null) {
            choice.setPromptText("no commands");
            show("could not list commands: " + FxCalls.reason(failure), Styles.DANGER);
            return;
        }
        choice.getItems().setAll(Command.listed(result));
        choice.setPromptText(choice.getItems().isEmpty() ? "no commands declared" : "choose a command");
    }

    private void run() {
        Command command = choice.getValue();
        // a list, never one shell string
        CommandRunParams params = CommandRunParams.ofService(service.name(), command.name(), Args.split(args.getText()));
        output.clear();
        running.set(true);
        show("running " + command.name() + "…", Styles.TEXT_MUTED);
        FxCalls.FxStream<ExitResult> stream = calls.stream(service.host(), MethodNames.COMMAND_RUN, params,
                event -> StreamText.outputLines(event).forEach(output::add));
        cancel = stream.cancel();
        stream.result().whenComplete(this::finished);
    }

    private void stop() {
        show("stopping…", Styles.TEXT_MUTED);
        cancel.run();
    }

    private void finished(ExitResult result, Throwable failure) {
        output.flush(); // the output comes before the exit code
        running.set(false);
        cancel = () -> { };
        if (failure != null) {
            show(FxCalls.reason(failure), Styles.DANGER);
        } else if (result == null) {
            show("stopped", Styles.WARNING); // a cancelled run has no exit code
        } else {
            int code = result.exitCode();
            show("exit code " + code, code == 0 ? Styles.SUCCESS : Styles.DANGER);
        }
    }

    private void show(String text, String style) {
        exit.setText(text);
        exit.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
        exit.getStyleClass().add(style);
    }

    private static final class Labels extends StringConverter<Command> {
        @Override
        public String toString(Command command) {
            return command == null ? "" : command.label();
        }

        @Override
        public Command fromString(String text) {
            return null; // the picker is not editable
        }
    }
}
