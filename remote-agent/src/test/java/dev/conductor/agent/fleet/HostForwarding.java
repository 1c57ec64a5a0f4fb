package dev.conductor.agent.fleet;

import dev.conductor.sandbox.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a test's sandbox hosts reach each other through the machine, and only each other: an
 * iptables FORWARD accept per pair of their addresses above a drop of the sandbox range, and
 * ip_forward on. {@link #close} deletes exactly those rules and puts ip_forward back, unless
 * another test's rules for the sandbox range remain (it shares the machine and needs forwarding).
 */
final class HostForwarding implements AutoCloseable {

    private static final Path IP_FORWARD = Path.of("/proc/sys/net/ipv4/ip_forward");
    private static final String RANGE = "10.231.0.0/16";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<List<String>> rules = new ArrayList<>();
    private final String forwardBefore;

    private HostForwarding(String forwardBefore) {
        this.forwardBefore = forwardBefore;
    }

    static HostForwarding between(List<String> addresses) {
        HostForwarding forwarding = new HostForwarding(read());
        try {
            forwarding.insert(List.of("-s", RANGE, "-j", "DROP"));
            for (String from : addresses) {
                for (String to : addresses) {
                    if (!from.equals(to)) {
                        forwarding.insert(List.of("-s", from, "-d", to, "-j", "ACCEPT"));
                    }
                }
            }
            Files.writeString(IP_FORWARD, "1\n");
            return forwarding;
        } catch (IOException | RuntimeException e) {
            forwarding.close();
            throw new IllegalStateException("cannot let sandbox hosts " + addresses + " reach each other", e);
        }
    }

    /** Drops everything to and from {@code address}: to the others, a host powered off; to it, a lost network. */
    void cutOff(String address) {
        insert(List.of("-s", address, "-j", "DROP"));
        insert(List.of("-d", address, "-j", "DROP"));
    }

    /** Undoes {@link #cutOff}. */
    void reconnect(String address) {
        for (List<String> rule : List.of(List.of("-d", address, "-j", "DROP"), List.of("-s", address, "-j", "DROP"))) {
            iptables("-D", rule);
            rules.remove(rule);
        }
    }

    private void insert(List<String> rule) {
        iptables("-I", rule);
        rules.add(rule);
    }

    private static void iptables(String action, List<String> rule) {
        List<String> command = new ArrayList<>(List.of("iptables", "-w", action, "FORWARD"));
        command.addAll(rule);
        ProcessRunner.runOk(command, TIMEOUT);
    }

    private static String read() {
        try {
            return Files.readString(IP_FORWARD).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (List<String> rule : reversed(rules)) {
            try {
                iptables("-D", rule);
            } catch (RuntimeException e) {
                System.err.println("forwarding: cannot delete FORWARD rule " + rule + ": " + e.getMessage());
            }
        }
        rules.clear();
        if (othersForward()) {
            System.err.println("forwarding: another test's FORWARD rules for " + RANGE + " remain; ip_forward stays on");
            return;
        }
        try {
            Files.writeString(IP_FORWARD, forwardBefore + "\n");
        } catch (IOException e) {
            System.err.println("forwarding: cannot put ip_forward back to " + forwardBefore + ": " + e.getMessage());
        }
    }


    // another engineer's test may share the machine: its rules name sandbox addresses too
    private static boolean othersForward() {
        try {
            return ProcessRunner.runOk(List.of("iptables", "-w", "-S", "FORWARD"), TIMEOUT).stdout().contains("10.231.");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<List<String>> reversed(List<List<String>> list) {
        List<List<String>> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
