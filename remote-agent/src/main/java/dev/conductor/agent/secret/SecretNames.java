package dev.conductor.agent.secret;

import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.mask.SecretMask;
import dev.conductor.spec.SafeNameValidator;
import dev.conductor.spec.VariableName;

/** The checks every store makes before it touches a file: names that are safe paths, values in bounds. */
final class SecretNames {

    /** Secrets are passwords, tokens and keys; a PEM key with its chain fits easily. */
    static final int MAX_VALUE_BYTES = 64 * 1024;

    private SecretNames() {}

    static void requireNames(String service, String key) {
        if (service == null || !SafeNameValidator.isSafe(service)) {
            throw new SecretException(ErrorKind.BAD_REQUEST, "service name '" + service
                    + "' is not valid: letters, digits, '_', '.', '-', starting with a letter, digit or '_'");
        }
        if (key == null || !VariableName.valid(key)) {
            throw new SecretException(ErrorKind.BAD_REQUEST, "secret key '" + key
                    + "' is not a valid environment variable name: it must match " + VariableName.RULE);
        }
    }

    static void requireValue(String key, String value) {
        if (value == null || value.length() < SecretMask.MIN_LENGTH) {
            throw new SecretException(ErrorKind.BAD_REQUEST, "the value of secret '" + key + "' is shorter than "
                    + SecretMask.MIN_LENGTH + " characters: too short to mask in output, and to be a secret");
        }
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new SecretException(ErrorKind.BAD_REQUEST, "the value of secret '" + key + "' is over "
                    + MAX_VALUE_BYTES + " bytes");
        }
        if (value.indexOf('\0') >= 0) {
            throw new SecretException(ErrorKind.BAD_REQUEST, "the value of secret '" + key
                    + "' holds a NUL byte, which no environment variable can carry");
        }
    }
}
