package dev.conductor.agent.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.KeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** JSON Web Keys (RFC 7517) and JWK sets, of kty RSA, EC (P-256, P-384, P-521) and OKP (Ed25519). */
final class Jwk {

    private static final ObjectMapper JSON = new ObjectMapper();
    // the SubjectPublicKeyInfo of an Ed25519 key (RFC 8410) up to its 32 key bytes
    private static final byte[] ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Jwk() {
    }

    static List<JwtKey> parse(String json) {
        JsonNode root = read(json);
        JsonNode set = root.get("keys");
        if (set != null && !set.isArray()) {
            throw JwtKeys.bad("JWK set 'keys' is not an array");
        }
        List<JwtKey> keys = new ArrayList<>();
        String skipped = null;
        for (JsonNode jwk : set == null ? List.of(root) : set) {
            String unusable = unusable(jwk);
            if (unusable == null) {
                keys.add(JwtKey.of(publicKey(jwk), text(jwk, "kid")));
            } else if (skipped == null) {
                skipped = unusable;
            }
        }
        if (keys.isEmpty()) {
            throw JwtKeys.bad("no usable key" + (skipped == null ? "" : ": " + skipped));
        }
        return keys;
    }

    // Jackson's messages quote the input, which may hold a private key: only the location is told
    private static JsonNode read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (!root.isObject()) {
                throw JwtKeys.bad("JSON is not a JWK or JWK set object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw JwtKeys.bad("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    /** Why a JWK is skipped, or null if it is a signature key of a supported type. */
    private static String unusable(JsonNode jwk) {
        if (!jwk.isObject()) {
            throw JwtKeys.bad("a JWK is not a JSON object");
        }
        Optional<String> use = text(jwk, "use");
        if (use.isPresent() && !use.get().equals("sig")) {
            return "JWK use '" + Names.shown(use.get()) + "' is not sig";
        }
        String kty = text(jwk, "kty").orElseThrow(() -> JwtKeys.bad("a JWK has no kty"));
        String crv = text(jwk, "crv").orElse("");
        return switch (kty) {
            case "RSA" -> null;
            case "EC" -> KeyFamily.ofCurve(crv).isPresent() ? null
                    : "JWK EC crv '" + Names.shown(crv) + "' not supported; expected P-256, P-384 or P-521";
            case "OKP" -> crv.equals("Ed25519") ? null : "JWK OKP crv '" + Names.shown(crv) + "' not supported";
            default -> "JWK kty '" + Names.shown(kty) + "' not supported; expected RSA, EC or OKP";
        };
    }

    private static PublicKey publicKey(JsonNode jwk) {
        String kty = jwk.get("kty").asText();
        return switch (kty) {
            case "RSA" -> generate("RSA", new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e")));
            case "EC" -> generate("EC", ecSpec(jwk, KeyFamily.ofCurve(jwk.get("crv").asText()).orElseThrow()));
            default -> generate("Ed25519", new X509EncodedKeySpec(concat(ED25519_PREFIX, bytes(jwk, "x", 32))));
        };
    }

    private static KeySpec ecSpec(JsonNode jwk, KeyFamily family) {
        int size = family.coordinateSize();
        ECPoint point = new ECPoint(new BigInteger(1, bytes(jwk, "x", size)), new BigInteger(1, bytes(jwk, "y", size)));
        return new ECPublicKeySpec(point, family.curve());
    }

    private static PublicKey generate(String algorithm, KeySpec spec) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw JwtKeys.bad("JWK is not a valid " + algorithm + " public key", e);
        }
    }

    private static BigInteger unsigned(JsonNode jwk, String member) {
        return new BigInteger(1, bytes(jwk, member, 0));
    }

    /** A base64url member; of {@code length} bytes exactly unless that is 0 (RFC 7518 6.2.1.2 wants full size). */
    private static byte[] bytes(JsonNode jwk, String member, int length) {
        String text = text(jwk, member).orElseThrow(() -> JwtKeys.bad("JWK has no '" + member + "'"));
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw JwtKeys.bad("JWK '" + member + "' is not base64url");
        }
        if (bytes.length == 0 || length > 0 && bytes.length != length) {
            throw JwtKeys.bad("JWK '" + member + "' has " + bytes.length + " bytes" + (length > 0 ? "; expected "
                    + length : ""));
        }
        return bytes;
    }

    private static Optional<String> text(JsonNode jwk, String member) {
        JsonNode value = jwk.get(member);
        if (value != null && !value.isTextual()) {
            throw JwtKeys.bad("JWK '" + member + "' is not a string");
        }
        return Optional.ofNullable(value).map(JsonNode::asText);
    }

    private static byte[] concat(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
