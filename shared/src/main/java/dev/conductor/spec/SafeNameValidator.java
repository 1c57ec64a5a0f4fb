package dev.conductor.spec;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link SafeName}. */
public final class SafeNameValidator implements ConstraintValidator<SafeName, String> {

    // A leading '-' would read as an option to systemctl or podman; a leading '.' hides files.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

    private boolean allowEmpty;

    @Override
    public void initialize(SafeName annotation) {
        allowEmpty = annotation.allowEmpty();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || (allowEmpty && value.isEmpty()) || isSafe(value);
    }

    /**
     * Tells whether a non-empty name follows the {@link SafeName} rule.
     *
     * @param name the name to check
     * @return true when the name is safe for unit names and paths
     */
    public static boolean isSafe(String name) {
        return SAFE.matcher(name).matches() && !name.contains("..");
    }
}
