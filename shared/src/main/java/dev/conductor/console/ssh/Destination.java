package dev.conductor.console.ssh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where to connect, as typed: {@code user@host[:port]}, {@code [v6-address]:port}, or a
 * {@code ~/.ssh/config} alias. Missing parts ({@code user} null, {@code port} 0) come from the
 * config file, then from the defaults (the local user, port 22).
 */
public record Destination(String user, String host, int port) {

    /** No port given: the config file's, else 22. */
    public static final int UNSPECIFIED_PORT = 0;

    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+(?:%[A-Za-z0-9._-]+)?)](?::(\\d+))?");
    private static final Pattern NAME_AND_PORT = Pattern.compile("([A-Za-z0-9._-]+)(?::(\\d+))?");
    private static final Pattern BARE_IPV6 = Pattern.compile("[0-9A-Fa-f]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f.]*");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]+");

    /** Reads {@code [ssh://][user@]host[:port]}. */
    public static Destination parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String rest = trimmed.startsWith("ssh://") ? trimmed.substring("ssh://".length()) : trimmed;
        int at = rest.lastIndexOf('@');
        String user = at < 0 ? null : rest.substring(0, at);
        if (user != null && !USER.matcher(user).matches()) {
            throw bad(text, "the user name '" + user + "' is empty or has characters a user name cannot have");
        }
        return hostAndPort(text, user, rest.substring(at + 1));
    }

    private static Destination hostAndPort(String text, String user, String hostPart) {
        if (BARE_IPV6.matcher(hostPart).matches()) {
            return new Destination(user, hostPart, UNSPECIFIED_PORT);
        }
        Matcher bracketed = BRACKETED.matcher(hostPart);
        Matcher named = NAME_AND_PORT.matcher(hostPart);
        Matcher found = bracketed.matches() ? bracketed : named.matches() ? named : null;
        if (found == null) {
            throw bad(text, "expected user@host[:port], [address]:port or a ~/.ssh/config alias");
        }
        return new Destination(user, found.group(1), port(text, found.group(2)));
    }

    private static int port(String text, String digits) {
        if (digits == null) {
            return UNSPECIFIED_PORT;
        }
        int port = digits.length() > 5 ? -1 : Integer.parseInt(digits);
        if (port < 1 || port > 65_535) {
            throw bad(text, "the port " + digits + " is not between 1 and 65535");
        }
        return port;
    }

    private static IllegalArgumentException bad(String text, String reason) {
        return new IllegalArgumentException("bad SSH destination '" + text + "': " + reason);
    }

    @Override
    public String toString() {
        String shownHost = host.contains(":") && port != UNSPECIFIED_PORT ? "[" + host + "]" : host;
        return (user == null ? "" : user + "@") + shownHost + (port == UNSPECIFIED_PORT ? "" : ":" + port);
    }
}
