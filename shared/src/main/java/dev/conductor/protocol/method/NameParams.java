package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code {name}}: the one service or deployment a method is about. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NameParams(String name) implements RequestParams {

    static NameParams read(ParamsReader in) {
        return new NameParams(in.name("name"));
    }
}
