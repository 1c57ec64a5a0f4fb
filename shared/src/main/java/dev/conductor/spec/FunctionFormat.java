package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a function talks to its caller. */
public enum FunctionFormat {
    /** The CGI interface: request in environment and stdin, headers then body on stdout. */
    CGI("cgi"),
    /** Raw HTTP: the request on stdin, the whole HTTP response on stdout. */
    HTTP_STDIO("http-stdio");

    private final String value;

    FunctionFormat(String value) {
        this.value = value;
    }

    /** @return the value used in service files */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
