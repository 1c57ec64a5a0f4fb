package dev.conductor.gui.action;

import dev.conductor.gui.stream.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Config overrides as the operator types them, {@code KEY=value OTHER="with spaces"}, and
 * whether to deploy them at once. The values go to the agent as JSON, never through a shell.
 *
 * @param values the variables to set, in the order typed
 * @param deploy whether the service is redeployed with them now
 */
record ConfigChange(Map<String, String> values, boolean deploy) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** @throws IllegalArgumentException naming the bad assignment, e.g. {@code 'TAG' has no '='} */
    static ConfigChange parse(String text, boolean deploy) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : Args.split(text)) {
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("'" + assignment + "' has no '=': write KEY=value");
            }
            String key = assignment.substring(0, equals);
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("'" + key + "' is not a variable name (letters, digits, _)");
            }
            values.put(key, assignment.substring(equals + 1));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to set: write KEY=value");
        }
        return new ConfigChange(Collections.unmodifiableMap(values), deploy);
    }
}
