package dev.conductor.gui.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A command a service declares, as {@code commands.list} lists it. */
record Command(String name, String description) {

    static List<Command> listed(JsonNode result) {
        List<Command> commands = new ArrayList<>();
        result.path("commands").forEach(command -> commands.add(
                new Command(command.path("name").asText(), command.path("description").asText())));
        return commands;
    }

    String label() {
        return description.isBlank() ? name : name + " — " + description;
    }
}
