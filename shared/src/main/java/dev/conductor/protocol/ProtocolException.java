package dev.conductor.protocol;

import java.util.Map;

/** A request that cannot be answered, or a line that is not a message; carries the error code. */
public class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final transient Map<String, String> details;

    public ProtocolException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ProtocolException(ErrorCode code, String message, Map<String, String> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, String> details() {
        return details;
    }
}
