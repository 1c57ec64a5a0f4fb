package dev.conductor.agent.policy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A token split into its parts (RFC 7515 section 7.1), with the header read. The payload stays bytes
 * until the signature is checked, so that no unauthenticated claim is parsed.
 */
record CompactJws(JsonNode header, byte[] payload, byte[] signingInput, byte[] signature) {

    /** Far above any real token, and small enough that hostile input costs little. */
    static final int MAX_LENGTH = 16 * 1024;
    // duplicate members would let two parsers read two different tokens from the same bytes
    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    static CompactJws parse(String token) throws Refusal {
        if (token == null || token.isEmpty()) {
            throw Refusal.malformed("empty");
        }
        if (token.length() > MAX_LENGTH) {
            throw Refusal.malformed("longer than " + MAX_LENGTH + " characters");
        }
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
            throw Refusal.malformed("not three parts");
        }
        JsonNode header = object(decode(token.substring(0, first)), "header");
        return new CompactJws(header, decode(token.substring(first + 1, second)),
                token.substring(0, second).getBytes(StandardCharsets.US_ASCII), decode(token.substring(second + 1)));
    }

    /** A JSON object of the token, or a refusal. */
    static JsonNode object(byte[] json, String what) throws Refusal {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw Refusal.malformed(what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw Refusal.malformed(what + " is not JSON");
        }
    }

    // unpadded, canonical base64url only: one spelling per token, so that no variant slips past a cache or a
    // block list (the JDK's decoder ignores the unused bits of the last character)
    private static byte[] decode(String part) throws Refusal {
        int last = 0;
        for (int i = 0; i < part.length(); i++) {
            last = sextet(part.charAt(i));
        }
        int unusedBits = switch (part.length() % 4) {
            case 1 -> throw Refusal.malformed("not base64url");
            case 2 -> 4;
            case 3 -> 2;
            default -> 0;
        };
        if ((last & ((1 << unusedBits) - 1)) != 0) {
            throw Refusal.malformed("not canonical base64url");
        }
        return Base64.getUrlDecoder().decode(part);
    }

    private static int sextet(char c) throws Refusal {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        if (c == '_') {
            return 63;
        }
        throw Refusal.malformed("not base64url");
    }
}
