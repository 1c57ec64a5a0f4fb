package dev.conductor.agent.cli;

import dev.conductor.agent.deploy.DeployException;
import dev.conductor.agent.deployment.DeploymentException;
import dev.conductor.agent.engine.UnknownServiceException;
import dev.conductor.spec.load.ServiceFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns domain exceptions into one clear line on stderr and an exit code, instead of a stack
 * trace. Codes: 1 other failure, 2 usage, 3 broken service file, 4 deploy failed, 5 not found.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int FAILURE = 1;
    static final int BAD_SERVICE_FILE = 3;
    static final int DEPLOY_FAILED = 4;
    static final int NOT_FOUND = 5;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        cli.getErr().println("error: " + e.getMessage());
        if (System.getenv("CONDUCTOR_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return exitCode(e);
    }

    static int exitCode(Exception e) {
        if (e instanceof ServiceFileException) {
            return BAD_SERVICE_FILE;
        }
        if (e instanceof DeployException) {
            return DEPLOY_FAILED;
        }
        if (e instanceof UnknownServiceException || e instanceof DeploymentException
                && e.getMessage().startsWith("no deployment")) {
            return NOT_FOUND;
        }
        return FAILURE;
    }
}
