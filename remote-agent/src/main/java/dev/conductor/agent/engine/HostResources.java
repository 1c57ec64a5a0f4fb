package dev.conductor.agent.engine;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.SafeName;
import dev.conductor.spec.SafeNameValidator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code resources} of {@code host.json}: names as service files name them, finite numbers >= 0. */
final class HostResources {

    private static final JsonPointer RESOURCES = JsonPointer.empty().appendProperty("resources");

    private HostResources() {}

    static Map<String, Double> parse(Path hostFile, JsonNode resources) {
        if (resources.isMissingNode() || resources.isNull()) {
            return Map.of();
        }
        if (!resources.isObject()) {
            throw bad(hostFile, RESOURCES, "expected an object of numbers, found " + resources.getNodeType()
                    .toString().toLowerCase());
        }
        Map<String, Double> result = new LinkedHashMap<>();
        resources.fields().forEachRemaining(entry -> {
            JsonPointer at = RESOURCES.appendProperty(entry.getKey());
            JsonNode value = entry.getValue();
            if (!SafeNameValidator.isSafe(entry.getKey())) {
                throw bad(hostFile, at, "\"" + entry.getKey() + "\" " + SafeName.RULE);
            }
            if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < 0) {
                String shown = value.isNumber() ? value.asText() : value.toString();
                throw bad(hostFile, at, shown + " is not a resource: expected a finite number >= 0");
            }
            result.put(entry.getKey(), value.asDouble());
        });
        return result;
    }

    private static ConductorException bad(Path hostFile, JsonPointer at, String reason) {
        return new ConductorException(ErrorKind.FAILED, hostFile + ":" + at + ": " + reason);
    }
}
