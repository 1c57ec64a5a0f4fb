package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One declared command in {@code commands.list}: {@code contexts} are {@code service}, {@code any deployment}, {@code deployment}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommandInfo(String name, String description, List<String> contexts) {

    public CommandInfo {
        description = description == null ? "" : description;
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
    }
}
