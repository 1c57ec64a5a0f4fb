package dev.conductor.protocol;

import java.util.Arrays;

/** The error codes of docs/protocol.md. */
public enum ErrorCode {
    BAD_REQUEST("bad_request"),
    UNKNOWN_METHOD("unknown_method"),
    NOT_FOUND("not_found"),
    BAD_SERVICE_FILE("bad_service_file"),
    DEPLOY_FAILED("deploy_failed"),
    CANCELLED("cancelled"),
    FAILED("failed");

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The code for a wire name; {@link #FAILED} for names a newer agent may send. */
    public static ErrorCode of(String wire) {
        return Arrays.stream(values()).filter(code -> code.wire.equals(wire)).findFirst().orElse(FAILED);
    }
}
