package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The params of a method that takes none: {@code {}} on the wire. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoParams() implements RequestParams {

    public static final NoParams NONE = new NoParams();

    static NoParams read(ParamsReader in) {
        return NONE;
    }
}
