package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The answer of {@code commands.list}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommandsResult(List<CommandInfo> commands) {

    public CommandsResult {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
