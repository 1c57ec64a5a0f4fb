package dev.conductor.agent.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.spec.ServiceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of what a deploy depends on: the resolved service, its effective config and the
 * content of its templates. Reload redeploys a service when it changes.
 */
final class SpecFingerprint {

    // beyond this, a template's changes go unnoticed: no template of a service is anywhere near it
    private static final long MAX_TEMPLATE_BYTES = 64L * 1024 * 1024;

    private SpecFingerprint() {}

    static String of(ServiceSpec spec, Map<String, String> config) {
        MessageDigest digest = sha256();
        update(digest, json(spec));
        update(digest, json(config));
        templates(spec).forEach(template -> content(digest, Path.of(template)));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static Stream<String> templates(ServiceSpec spec) {
        Stream<String> pods = spec.pods().stream()
                .flatMap(pod -> Stream.of(pod.podTemplate(), pod.configMapTemplate()));
        return Stream.concat(pods, Stream.of(spec.proxyConfigTemplate()))
                .filter(template -> template != null && template.contains("/"));
    }

    /** The template's bytes, streamed: a huge one costs time, never the heap. */
    private static void content(MessageDigest digest, Path template) {
        try (InputStream in = Files.newInputStream(template)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0 && total < MAX_TEMPLATE_BYTES; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                total += n;
            }
            digest.update((byte) 0);
        } catch (IOException e) {
            update(digest, "unreadable: " + e.getMessage());
        }
    }

    private static String json(Object value) {
        try {
            return JsonFiles.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint " + value, e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
