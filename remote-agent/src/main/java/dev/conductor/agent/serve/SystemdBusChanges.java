package dev.conductor.agent.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.protocol.MessageCodec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Unit state changes as systemd announces them on the system bus: {@code PropertiesChanged} of
 * a unit object's {@code org.freedesktop.systemd1.Unit} interface, read with {@code busctl monitor}
 * the moment they happen. PID 1 sends these only while some client has called its
 * {@code Subscribe()} (systemd-logind does, on a normal host); {@link SystemdJournalChanges}
 * covers hosts where nobody has.
 */
final class SystemdBusChanges {

    private static final String UNITS = "/org/freedesktop/systemd1/unit/";
    private static final String MATCH = "type='signal',sender='org.freedesktop.systemd1',"
            + "interface='org.freedesktop.DBus.Properties',member='PropertiesChanged',"
            + "path_namespace='" + UNITS.substring(0, UNITS.length() - 1) + "',arg0='org.freedesktop.systemd1.Unit'";
    static final List<String> COMMAND = List.of("busctl", "monitor", "--system", "--json=short", "--match=" + MATCH);

    private SystemdBusChanges() {}

    static ChangeSource watcher() {
        return new CommandWatcher("systemd-bus", COMMAND, SystemdBusChanges::classify);
    }

    static Set<RowKind> classify(String line) {
        try {
            String path = MessageCodec.MAPPER.readTree(line).path("path").asText("");
            return path.startsWith(UNITS) ? kindsOfUnit(unescape(path.substring(UNITS.length()))) : Set.of();
        } catch (JsonProcessingException e) {
            return Set.of();
        }
    }

    /** Services for conductor-service units, deployments for conductor-deployment ones. */
    static Set<RowKind> kindsOfUnit(String unit) {
        if (unit.startsWith("conductor-service")) {
            return EnumSet.of(RowKind.SERVICE);
        }
        if (unit.startsWith("conductor-deployment")) {
            return EnumSet.of(RowKind.DEPLOYMENT);
        }
        return Set.of();
    }

    /** D-Bus object paths escape every byte but [A-Za-z0-9] as {@code _xx}: {@code conductor_2dservice_40a}. */
    static String unescape(String label) {
        StringBuilder unit = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '_' && i + 2 < label.length() && label.substring(i + 1, i + 3).matches("[0-9a-f]{2}")) {
                unit.append((char) Integer.parseInt(label.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                unit.append(c);
            }
        }
        return unit.toString();
    }
}
