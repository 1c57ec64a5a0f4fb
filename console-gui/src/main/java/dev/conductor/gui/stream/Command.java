package dev.conductor.gui.stream;

import dev.conductor.protocol.method.CommandsResult;
import java.util.List;

/** A command a service declares, as {@code commands.list} lists it. */
record Command(String name, String description) {

    static List<Command> listed(CommandsResult result) {
        return result.commands().stream()
                .map(command -> new Command(command.name(), command.description()))
                .toList();
    }

    String label() {
        return description.isBlank() ? name : name + " — " + description;
    }
}
