package dev.conductor.console.session;

import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ErrorReply;
import java.util.Map;

/** The agent answered a request with an error: its code, message and details. */
public final class AgentCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String method;
    private final transient ErrorReply.Body error;

    public AgentCallException(String method, String where, ErrorReply.Body error) {
        super(method + " failed on " + where + ": " + error.code() + ": " + error.message());
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    /** The code; {@link ErrorCode#FAILED} for a code this console does not know. */
    public ErrorCode code() {
        return ErrorCode.of(error.code());
    }

    /** The code as the agent sent it, which may be newer than {@link ErrorCode}. */
    public String wireCode() {
        return error.code();
    }

    /** The agent's message, which quotes the bad input. */
    public String agentMessage() {
        return error.message();
    }

    /** Details such as a service file's path and JSON pointer. */
    public Map<String, String> details() {
        return error.details();
    }
}
