package dev.conductor.agent.cli;

import dev.conductor.agent.error.ErrorKind;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns domain exceptions into one clear line on stderr and an exit code, instead of a stack
 * trace. Codes: 1 other failure, 2 usage, 3 broken service file, 4 deploy failed, 5 not found.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int FAILURE = 1;
    static final int USAGE = CommandLine.ExitCode.USAGE;
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

    /** The exit code for an error's kind; the one place where kinds become exit codes. */
    static int exitCode(Throwable e) {
        return switch (ErrorKind.of(e)) {
            case FAILED -> FAILURE;
            case BAD_REQUEST -> USAGE;
            case BAD_SERVICE_FILE -> BAD_SERVICE_FILE;
            case DEPLOY_FAILED -> DEPLOY_FAILED;
            case NOT_FOUND -> NOT_FOUND;
        };
    }
}
