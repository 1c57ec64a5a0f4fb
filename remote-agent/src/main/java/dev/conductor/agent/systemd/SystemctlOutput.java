package dev.conductor.agent.systemd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses what {@code systemctl show} and {@code systemctl list-units} print. */
final class SystemctlOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SystemctlOutput() {
    }

    /** One unit's {@code Key=Value} lines from {@code systemctl show -p Id,LoadState,ActiveState,SubState}. */
    static UnitState show(String unit, String output) {
        Map<String, String> properties = properties(output);
        return new UnitState(properties.getOrDefault("Id", unit), properties.getOrDefault("LoadState", ""),
                properties.getOrDefault("ActiveState", ""), properties.getOrDefault("SubState", ""));
    }

    /** {@code systemctl show -p DropInPaths -p NeedDaemonReload}: paths are separated by spaces. */
    static UnitLoad load(String output) {
        Map<String, String> properties = properties(output);
        String paths = properties.getOrDefault("DropInPaths", "");
        return new UnitLoad(paths.isEmpty() ? List.of() : List.of(paths.split("\\s+")),
                !"no".equals(properties.getOrDefault("NeedDaemonReload", "")));
    }

    private static Map<String, String> properties(String output) {
        Map<String, String> properties = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                properties.putIfAbsent(line.substring(0, equals), line.substring(equals + 1).strip());
            }
        }
        return properties;
    }

    /** {@code list-units --output=json}, or the plain table that systemd before 246 prints instead. */
    static List<UnitState> listUnits(String output) {
        String trimmed = output.strip();
        return trimmed.startsWith("[") ? listJson(trimmed) : listPlain(trimmed);
    }

    private static List<UnitState> listJson(String json) {
        List<UnitState> units = new ArrayList<>();
        for (JsonNode row : parse(json)) {
            units.add(new UnitState(row.path("unit").asText(), row.path("load").asText(),
                    row.path("active").asText(), row.path("sub").asText()));
        }
        return units;
    }

    private static List<UnitState> listPlain(String table) {
        List<UnitState> units = new ArrayList<>();
        for (String line : table.split("\n")) {
            // a failed or missing unit may carry a status marker before its name, even with --plain
            String[] columns = line.replaceFirst("^\\s*[●*×]?\\s*", "").split("\\s+", 5);
            if (columns.length >= 4) {
                units.add(new UnitState(columns[0], columns[1], columns[2], columns[3]));
            }
        }
        return units;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SystemdException("cannot parse systemctl's unit list: " + e.getOriginalMessage()
                    + " in '" + abbreviate(json) + "'", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
