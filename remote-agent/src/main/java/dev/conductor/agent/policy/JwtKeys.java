package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.util.List;

/** Reads the keys that verify tokens from the text of a key file. */
public final class JwtKeys {

    private static final String PEM_BEGIN = "-----BEGIN ";

    private JwtKeys() {
    }

    /**
     * The keys in a key file: one or more PEM blocks ({@code PUBLIC KEY} with an RSA, EC or Ed25519
     * SubjectPublicKeyInfo, or {@code CERTIFICATE}, whose public key is taken), a JWK object, or a JWK
     * set ({@code {"keys": [...]}}). JWKs whose {@code use} is not {@code sig} are skipped, and of a
     * private JWK only the public part is read.
     *
     * @return at least one key, in the file's order
     * @throws ConductorException (BAD_REQUEST) saying what is wrong, without quoting key material
     */
    public static List<JwtKey> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.startsWith("{")) {
            return Jwk.parse(trimmed);
        }
        if (trimmed.contains(PEM_BEGIN)) {
            return Pem.parse(trimmed);
        }
        throw bad("neither PEM (-----BEGIN PUBLIC KEY-----, -----BEGIN CERTIFICATE-----) nor JWK JSON");
    }

    static ConductorException bad(String problem) {
        return new ConductorException(ErrorKind.BAD_REQUEST, "key file: " + problem);
    }

    static ConductorException bad(String problem, Throwable cause) {
        return new ConductorException(ErrorKind.BAD_REQUEST, "key file: " + problem, cause);
    }
}
