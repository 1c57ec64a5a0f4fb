package dev.conductor.spec;

import java.util.regex.Pattern;

/** Config keys become environment variables of scripts, so they must be valid variable names. */
public final class VariableName {

    /** What a name must match, for messages. */
    public static final String RULE = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern VALID = Pattern.compile(RULE);

    private VariableName() {}

    public static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
