package dev.conductor.agent.fleet;

import dev.conductor.agent.error.ErrorKind;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** This host's address for the fleet: given with --address, else the IPv4 address of the default route's interface. */
final class HostAddress {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Path ROUTES = Path.of("/proc/net/route");

    private HostAddress() {}

    static String validate(String address) {
        if (!IPV4.matcher(address).matches()) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "address '" + address + "' is not an IPv4 address");
        }
        return address;
    }

    static String detect() {
        String iface = defaultRouteInterface();
        try {
            NetworkInterface network = NetworkInterface.getByName(iface);
            if (network != null) {
                for (var address : java.util.Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            throw new FleetException("cannot read the addresses of " + iface, e);
        }
        throw new FleetException(ErrorKind.BAD_REQUEST, "interface " + iface
                + " of the default route has no IPv4 address; give one with --address");
    }

    private static String defaultRouteInterface() {
        try {
            List<String> lines = Files.readAllLines(ROUTES);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 1 && fields[1].equals("00000000")) {
                    return fields[0];
                }
            }
        } catch (IOException e) {
            throw new FleetException("cannot read " + ROUTES, e);
        }
        throw new FleetException(ErrorKind.BAD_REQUEST, "this host has no default route; give its address with"
                + " --address");
    }
}
