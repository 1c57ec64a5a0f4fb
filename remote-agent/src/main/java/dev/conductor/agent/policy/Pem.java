package dev.conductor.agent.policy;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM blocks of public keys and certificates (RFC 7468). */
final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]{1,40})-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final Pattern LABEL = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,40})-----");
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ");
    private static final Set<String> LABELS = Set.of("PUBLIC KEY", "CERTIFICATE");
    // the SubjectPublicKeyInfo names its algorithm; trying each factory spares parsing its DER here
    private static final List<String> FACTORIES = List.of("RSA", "EC", "EdDSA");

    private Pem() {
    }

    static List<JwtKey> parse(String text) {
        // the label first: an encrypted private key has headers that would make its block look broken
        LABEL.matcher(text).results().map(label -> label.group(1)).filter(label -> !LABELS.contains(label))
                .findFirst().ifPresent(label -> {
                    throw JwtKeys.bad("unsupported PEM block '" + label + "'; expected PUBLIC KEY or CERTIFICATE");
                });
        List<JwtKey> keys = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            keys.add(key(block.group(1), decode(block.group(1), block.group(2))));
        }
        if (keys.size() != BEGIN.matcher(text).results().count()) {
            throw JwtKeys.bad("a PEM block has no matching END line or characters that are not base64");
        }
        return keys;
    }

    private static JwtKey key(String label, byte[] der) {
        return JwtKey.of(label.equals("CERTIFICATE") ? certificateKey(der) : publicKey(der), Optional.empty());
    }

    private static byte[] decode(String label, String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw JwtKeys.bad("PEM block '" + label + "' is not valid base64");
        }
    }

    private static PublicKey publicKey(byte[] der) {
        for (String algorithm : FACTORIES) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException e) {
                // another algorithm's key, or none: the next factory tells
            } catch (GeneralSecurityException e) {
                throw JwtKeys.bad("this JDK cannot read " + algorithm + " keys", e);
            }
        }
        throw JwtKeys.bad("PUBLIC KEY is not an RSA, EC or EdDSA key");
    }

    // the certificate only carries the key the operator chose to trust: its dates and issuer do not matter
    private static PublicKey certificateKey(byte[] der) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                    .getPublicKey();
        } catch (GeneralSecurityException e) {
            throw JwtKeys.bad("CERTIFICATE is not a valid X.509 certificate", e);
        }
    }
}
