package dev.conductor.agent.serve;

import dev.conductor.agent.error.ErrorKind;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.spec.load.ServiceFileException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Domain exceptions as protocol errors, with the codes the CLI's exit codes stand for. */
final class ErrorMapping {

    private static final int SHOWN = 4000;

    private ErrorMapping() {}

    static ErrorReply reply(String id, Throwable error) {
        String message = shown(error.getMessage() == null ? error.toString() : error.getMessage());
        if (error instanceof ProtocolException protocol) {
            return ErrorReply.of(id, protocol.code(), message, protocol.details());
        }
        if (error instanceof NullPointerException || error instanceof ClassCastException || error instanceof Error) {
            // a bug, not an operator's mistake: the stack trace is what will fix it
            error.printStackTrace();
        }
        Map<String, String> details = error instanceof ServiceFileException broken ? details(broken) : Map.of();
        return ErrorReply.of(id, code(ErrorKind.of(error)), message, details);
    }

    // a message may quote the bad input, and the input may be megabytes
    private static String shown(String message) {
        return message.length() <= SHOWN ? message : message.substring(0, SHOWN) + "... (" + message.length() + " characters)";
    }

    /** The protocol code for an error's kind; the one place where kinds become protocol codes. */
    static ErrorCode code(ErrorKind kind) {
        return switch (kind) {
            case FAILED -> ErrorCode.FAILED;
            case BAD_REQUEST -> ErrorCode.BAD_REQUEST;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case BAD_SERVICE_FILE -> ErrorCode.BAD_SERVICE_FILE;
            case DEPLOY_FAILED -> ErrorCode.DEPLOY_FAILED;
        };
    }

    static ErrorReply cancelled(String id) {
        return ErrorReply.of(id, ErrorCode.CANCELLED, "request " + id + " was cancelled", Map.of());
    }

    private static Map<String, String> details(ServiceFileException broken) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("file", broken.file().toString());
        details.put("location", broken.location());
        details.put("reason", broken.reason());
        return details;
    }
}
