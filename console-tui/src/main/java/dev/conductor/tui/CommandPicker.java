package dev.conductor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamText;
import dev.conductor.protocol.method.CommandRunParams;
import dev.conductor.protocol.method.CommandsResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.ServiceParams;
import java.util.List;

/**
 * Picks one of a service's declared commands ({@code commands.list}), takes its arguments, and
 * runs it ({@code command.run}) into a stream window that ends with the exit code; {@code x} there
 * stops it, and the agent kills its processes.
 */
final class CommandPicker extends BasicWindow {

    private final Actions actions;
    private final ServiceRef service;
    private final ActionListBox commands = new ActionListBox(new TerminalSize(60, 8));
    private final TextBox args = new TextBox(new TerminalSize(60, 1));
    private final Label status = new Label("loading commands...");
    private String chosen;

    CommandPicker(Actions actions, ServiceRef service) {
        super("Commands of " + service);
        this.actions = actions;
        this.service = service;
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(commands);
        panel.addComponent(new Label("Arguments (Enter runs, Esc cancels):"));
        panel.addComponent(args);
        panel.addComponent(status);
        setComponent(panel);
    }

    void open() {
        actions.gui().addWindow(this);
        actions.call(service.host(), MethodNames.COMMANDS_LIST, new ServiceParams(service.name()),
                this::show, failure -> status.setText("FAILED: " + failure));
    }

    private void show(CommandsResult result) {
        result.commands().forEach(command ->
                commands.addItem(command.name() + "  " + command.description(), () -> choose(command.name())));
        status.setText(commands.getItemCount() == 0 ? "no commands declared" : "pick a command");
        setFocusedInteractable(commands);
    }

    private void choose(String name) {
        chosen = name;
        status.setText("command: " + name);
        setFocusedInteractable(args);
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            close();
            return true;
        }
        if (key.getKeyType() == KeyType.Enter && chosen != null && getFocusedInteractable() == args) {
            close();
            run();
            return true;
        }
        return super.handleInput(key);
    }

    private void run() {
        CommandRunParams params = CommandRunParams.ofService(service.name(), chosen,
                List.of(args.getText().strip().split("\\s+")).stream().filter(arg -> !arg.isEmpty()).toList());
        StreamWindow window = actions.open("Command " + chosen + " of " + service);
        window.stoppable();
        window.status("running");
        actions.start(service.host(), window, MethodNames.COMMAND_RUN, params,
                StreamText::outputLines,
                result -> result == null ? "stopped" : "exit code " + result.exitCode());
    }
}
