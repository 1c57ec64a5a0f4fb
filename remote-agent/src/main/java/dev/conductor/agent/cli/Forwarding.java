package dev.conductor.agent.cli;

import java.util.Arrays;
import java.util.Set;

/**
 * Which command lines the CLI hands to the resident agent. Those that change or read the
 * engine's state go there; those that belong to the caller's terminal, directory or install
 * (run and action run, logs, check of a path, system, serve, the agent itself, policy files and the
 * caller's key files) stay in the CLI's process.
 */
final class Forwarding {

    private static final Set<String> LOCAL = Set.of("--local", "daemon", "system", "serve", "run", "check", "policy", "secret", "cluster", "peer", "fleet", "_",
            "help", "-h", "--help", "-V", "--version");

    private Forwarding() {}

    /**
     * The command line as the agent must see it: {@code function caddy-config} run from a proxy
     * template names its function by the caller's environment, which the agent does not share.
     */
    static String[] forwarded(String[] args, String functionId) {
        boolean caddyConfig = args.length >= 2 && args[0].equals("function") && args[1].equals("caddy-config");
        if (!caddyConfig || functionId == null || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--id"))) {
            return args;
        }
        String[] with = Arrays.copyOf(args, args.length + 2);
        with[args.length] = "--id";
        with[args.length + 1] = functionId;
        return with;
    }

    static boolean toAgent(String[] args) {
        if (args.length == 0 || LOCAL.contains(args[0]) || System.getenv("CONDUCTOR_LOCAL") != null) {
            return false;
        }
        boolean actionRun = args[0].equals("action") && args.length > 1 && args[1].equals("run");
        return !actionRun && !(args.length > 1 && args[1].equals("logs"));
    }
}
