package dev.conductor.agent.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test keys, and tokens signed with them, built without the code under test. */
final class JwtFixtures {

    private static final Map<String, KeyPair> PAIRS = new ConcurrentHashMap<>();

    private JwtFixtures() {
    }

    /** A key pair for a JWS alg; {@code which} tells apart two pairs of the same kind. */
    static KeyPair pair(String alg, int which) {
        String kind = switch (alg) {
            case "RS256", "RS384", "RS512" -> "RSA";
            case "ES256" -> "secp256r1";
            case "ES384" -> "secp384r1";
            case "ES512" -> "secp521r1";
            case "EdDSA" -> "Ed25519";
            default -> throw new IllegalArgumentException(alg);
        };
        return PAIRS.computeIfAbsent(kind + which, ignored -> generate(kind));
    }

    static String sign(String alg, PrivateKey key, String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        try {
            Signature signature = Signature.getInstance(jdkName(alg));
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(byte[] secret, String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /** The public key as a JWK, {@code extra} being more members such as {@code "use":"enc"}. */
    static String jwk(PublicKey key, String kid, String extra) {
        String members;
        if (key instanceof RSAPublicKey rsa) {
            members = "\"kty\":\"RSA\",\"n\":\"" + unsigned(rsa.getModulus(), 0) + "\",\"e\":\""
                    + unsigned(rsa.getPublicExponent(), 0) + "\"";
        } else if (key instanceof ECPublicKey ec) {
            members = ecMembers(ec);
        } else {
            // an Ed25519 SubjectPublicKeyInfo ends with the 32 bytes that JWK calls x
            members = "\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + b64(last(key.getEncoded(), 32)) + "\"";
        }
        return "{" + members + (kid == null ? "" : ",\"kid\":\"" + kid + "\"") + extra + "}";
    }

    static String resource(String name) {
        try (InputStream in = JwtFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ecMembers(ECPublicKey ec) {
        int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
        String crv = switch (size) {
            case 32 -> "P-256";
            case 48 -> "P-384";
            default -> "P-521";
        };
        return "\"kty\":\"EC\",\"crv\":\"" + crv + "\",\"x\":\"" + unsigned(ec.getW().getAffineX(), size)
                + "\",\"y\":\"" + unsigned(ec.getW().getAffineY(), size) + "\"";
    }

    private static String unsigned(BigInteger value, int size) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (size > bytes.length) {
            byte[] padded = new byte[size];
            System.arraycopy(bytes, 0, padded, size - bytes.length, bytes.length);
            bytes = padded;
        }
        return b64(bytes);
    }

    private static byte[] last(byte[] bytes, int count) {
        return Arrays.copyOfRange(bytes, bytes.length - count, bytes.length);
    }

    private static String jdkName(String alg) {
        return switch (alg) {
            case "RS256", "RS384", "RS512" -> "SHA" + alg.substring(2) + "withRSA";
            case "ES256", "ES384", "ES512" -> "SHA" + alg.substring(2) + "withECDSAinP1363Format";
            default -> "Ed25519";
        };
    }

    private static KeyPair generate(String kind) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(kind.startsWith("secp") ? "EC" : kind);
            if (kind.equals("RSA")) {
                generator.initialize(2048);
            } else if (kind.startsWith("secp")) {
                generator.initialize(new ECGenParameterSpec(kind));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
