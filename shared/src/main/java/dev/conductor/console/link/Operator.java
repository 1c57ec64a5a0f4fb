package dev.conductor.console.link;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who asks for a deploy or rollback, as the consoles tell the agent in the {@code by} param. */
public final class Operator {

    private Operator() {
    }

    /** {@code alice@laptop via conductor-tui}: this process's user and machine, and {@code tool}. */
    public static String by(String tool) {
        return System.getProperty("user.name") + "@" + machine() + " via " + tool;
    }

    private static String machine() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown"; // a machine without a resolvable name still deploys
        }
    }
}
