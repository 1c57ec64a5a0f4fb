package dev.conductor.agent.cli;

import java.util.Set;

/**
 * Which command lines the CLI hands to the resident agent. Those that change or read the
 * engine's state go there; those that belong to the caller's terminal, directory or install
 * (run, logs, check of a path, system, serve, the agent itself) stay in the CLI's process.
 */
final class Forwarding {

    private static final Set<String> LOCAL = Set.of("--local", "daemon", "system", "serve", "run", "check", "_",
            "help", "-h", "--help", "-V", "--version");

    private Forwarding() {}

    static boolean toAgent(String[] args) {
        if (args.length == 0 || LOCAL.contains(args[0]) || System.getenv("CONDUCTOR_LOCAL") != null) {
            return false;
        }
        return !(args.length > 1 && args[1].equals("logs"));
    }
}
