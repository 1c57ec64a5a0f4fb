package dev.conductor.agent.daemon;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs a {@code conductor-agent} command line inside the agent, writing where it is told and
 * returning the exit code. The composition root supplies it, so this package needs no CLI.
 */
@FunctionalInterface
public interface CliExecutor {

    int execute(List<String> args, PrintWriter out, PrintWriter err);
}
