package dev.conductor.gui.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.method.CommandsResult;
import dev.conductor.protocol.method.Payloads;
import java.util.List;

/** A command a service declares, as {@code commands.list} lists it. */
record Command(String name, String description) {

    static List<Command> listed(JsonNode result) {
        return Payloads.read(result, CommandsResult.class).commands().stream()
                .map(command -> new Command(command.name(), command.description() == null ? "" : command.description()))
                .toList();
    }

    String label() {
        return description.isBlank() ? name : name + " — " + description;
    }
}
