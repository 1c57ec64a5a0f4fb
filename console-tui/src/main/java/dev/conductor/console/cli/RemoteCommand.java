package dev.conductor.console.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.conductor.console.session.AgentCallException;
import dev.conductor.protocol.MessageCodec;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every console command shares: the global options, output, and waiting for answers. */
abstract class RemoteCommand {

    @ParentCommand
    ConsoleMain main;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Consoles consoles() {
        return main.consoles(spec.commandLine());
    }

    void printJson(Object value) {
        print(MessageCodec.MAPPER.writerWithDefaultPrettyPrinter(), value);
    }

    /** Prints {@code value} as one line of JSON, as log lines and {@code watch} changes come. */
    void printJsonLine(Object value) {
        print(MessageCodec.MAPPER.writer(), value);
    }

    /** Waits for an agent's answer, its result record; its error becomes a {@link RemoteFailure} with a fitting exit code. */
    static <R> R await(CompletableFuture<R> answer) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AgentCallException call) {
                throw new RemoteFailure(cause.getMessage(), exitCode(call.wireCode()));
            }
            throw new RemoteFailure(String.valueOf(cause.getMessage()), 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure("interrupted", 130);
        }
    }

    private void print(ObjectWriter writer, Object value) {
        try {
            out().println(writer.writeValueAsString(value));
            out().flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print " + value, e);
        }
    }

    private static int exitCode(String code) {
        return switch (code) {
            case "bad_service_file" -> 3;
            case "deploy_failed" -> 4;
            case "not_found" -> 5;
            case "cancelled" -> 130;
            default -> 1;
        };
    }
}
