package dev.conductor.agent.serve;

import dev.conductor.agent.deploy.DeployException;
import dev.conductor.agent.deployment.DeploymentException;
import dev.conductor.agent.engine.UnknownServiceException;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.spec.load.ServiceFileException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Domain exceptions as protocol errors, with the codes the CLI's exit codes stand for. */
final class ErrorMapping {

    private ErrorMapping() {}

    static ErrorReply reply(String id, Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        if (error instanceof ProtocolException protocol) {
            return ErrorReply.of(id, protocol.code(), message, protocol.details());
        }
        if (error instanceof ServiceFileException broken) {
            return ErrorReply.of(id, ErrorCode.BAD_SERVICE_FILE, message, details(broken));
        }
        if (error instanceof DeployException) {
            return ErrorReply.of(id, ErrorCode.DEPLOY_FAILED, message, Map.of());
        }
        if (error instanceof UnknownServiceException
                || error instanceof DeploymentException && message.startsWith("no deployment")) {
            return ErrorReply.of(id, ErrorCode.NOT_FOUND, message, Map.of());
        }
        if (error instanceof NullPointerException || error instanceof ClassCastException || error instanceof Error) {
            // a bug, not an operator's mistake: the stack trace is what will fix it
            error.printStackTrace();
        }
        return ErrorReply.of(id, ErrorCode.FAILED, message, Map.of());
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
