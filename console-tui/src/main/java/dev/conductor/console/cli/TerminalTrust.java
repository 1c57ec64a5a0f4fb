package dev.conductor.console.cli;

import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust;
import java.io.Console;
import java.io.PrintWriter;

/** Asks on the terminal about an unknown host key, showing its fingerprint, as OpenSSH does. */
final class TerminalTrust implements HostKeyTrust {

    private final PrintWriter err;

    TerminalTrust(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized Decision decide(String host, int port, HostKey key) {
        Console console = System.console();
        if (console == null) {
            return Decision.REJECT;
        }
        err.printf("The authenticity of host '%s' (port %d) can't be established.%n%s%n", host, port, key);
        err.flush();
        String answer = console.readLine("Trust this key and remember it (yes/no)? ");
        return answer != null && answer.strip().equalsIgnoreCase("yes") ? Decision.ACCEPT : Decision.REJECT;
    }
}
