package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.conductor.protocol.FunctionRow;
import java.util.List;

/** The answer of {@code functions.list}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FunctionsResult(List<FunctionRow> functions) {

    public FunctionsResult {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
