package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a function talks to its caller. */
public enum FunctionFormat {
    /** The CGI interface: request in environment and stdin, headers then body on stdout. */
    CGI("cgi"),
    /** Raw HTTP: the process's stdin and stdout are the connection's socket. */
    HTTP_STDIO("http-stdio"),
    /** The original engine's name for {@link #HTTP_STDIO} in {@link FunctionMode#PARALLEL} mode; read as those. */
    SDACTIVATE("sdactivate");

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
