package dev.conductor.agent.install;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Caddy network address such as {@code :80}, {@code tcp/127.0.0.1:2019}, {@code [::1]:8000-8010}
 * or {@code unix//run/caddy.sock}.
 */
record ListenAddress(String network, String host, int firstPort, int lastPort) {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?<network>[a-z0-9]+)/)?(?<host>\\[[^]]*]|[^:\\[\\]]*):(?<first>\\d+)(?:-(?<last>\\d+))?");

    // Empty when Caddy would not take this as a host:port address.
    static Optional<ListenAddress> parse(String address) {
        if (address.startsWith("unix/") || address.startsWith("unixgram/") || address.startsWith("unixpacket/")) {
            return Optional.of(new ListenAddress("unix", address.substring(address.indexOf('/') + 1), 0, 0));
        }
        Matcher matcher = ADDRESS.matcher(address.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group("first"));
        int last = matcher.group("last") == null ? first : Integer.parseInt(matcher.group("last"));
        String network = matcher.group("network") == null ? "tcp" : matcher.group("network");
        return Optional.of(new ListenAddress(network, matcher.group("host").replaceAll("^\\[|]$", ""), first, last));
    }

    // Reachable only from this machine: a unix socket or a loopback host.
    boolean isLocal() {
        return "unix".equals(network) || "localhost".equals(host) || host.startsWith("127.") || "::1".equals(host);
    }

    // Hosts are ignored on purpose: a server on :80 cannot bind while another holds 127.0.0.1:80.
    boolean sharesPortWith(ListenAddress other) {
        return !"unix".equals(network) && !"unix".equals(other.network)
                && firstPort <= other.lastPort && other.firstPort <= lastPort;
    }
}
