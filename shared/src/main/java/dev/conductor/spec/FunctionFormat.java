package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a function talks to its caller. */
public enum FunctionFormat {
    /** The CGI interface: request in environment and stdin, headers then body on stdout. */
    CGI("cgi"),
    /** Raw HTTP: the process's stdin and stdout are the connection's socket. */
    HTTP_STDIO("http-stdio"),
    /** The original engine's name for {@link #HTTP_STDIO} in {@link FunctionMode#PARALLEL} mode; read as those. */
    SDACTIVATE("sdactivate"),
    /**
     * A command's remote action ({@link CommandRemote}): a POST's JSON arguments appended to its
     * {@code exec}, its output streamed back. Made by the agent from {@code commands{}}, never
     * declared in {@code functions[]}.
     */
    ACTION("action");

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
