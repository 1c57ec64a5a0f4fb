package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** When a hook runs; the JSON value is the lower-case, dashed name. */
public enum HookWhen {
    PRE_START("pre-start"),
    POST_START("post-start"),
    PRE_STOP("pre-stop"),
    POST_STOP("post-stop"),
    PRE_START_SERVICE("pre-start-service"),
    POST_START_SERVICE("post-start-service"),
    PRE_STOP_SERVICE("pre-stop-service"),
    POST_STOP_SERVICE("post-stop-service");

    private final String value;

    HookWhen(String value) {
        this.value = value;
    }

    /** @return the value used in service files, e.g. {@code post-start} */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
