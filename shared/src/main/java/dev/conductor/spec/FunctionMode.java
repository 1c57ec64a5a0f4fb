package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a function's processes serve requests (the seed's roadmap). */
public enum FunctionMode {
    /** One process per request, the CGI way. */
    SINGLE("single"),
    /** A process serves requests one after another over keep-alive, recycled after {@code max_requests}. */
    MULTI("multi"),
    /** One long-running process serves every request on a socket it receives ({@code LISTEN_FDS}). */
    PARALLEL("parallel");

    private final String value;

    FunctionMode(String value) {
        this.value = value;
    }

    /** @return the value used in service files */
    @JsonValue
    public String value() {
        return value;
    }
}
