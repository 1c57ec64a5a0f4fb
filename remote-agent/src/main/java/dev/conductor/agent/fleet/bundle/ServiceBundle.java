package dev.conductor.agent.fleet.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.SafeNameValidator;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A service directory as the fleet shares it: the service's name and its files, sorted by path.
 * Its {@link #digest()} (SHA-256 of {@link #toBytes()}) names the version: the same directory
 * always gives the same digest, on any host.
 */
public record ServiceBundle(String service, List<BundleFile> files) {

    /** Far above a service directory with its templates and hooks, small enough for any host. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_FILES = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ServiceBundle {
        if (service == null || !SafeNameValidator.isSafe(service)) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "bundle service name '" + service + "' is not a"
                    + " valid service name");
        }
        files = files.stream().sorted(Comparator.comparing(BundleFile::path)).toList();
        check(service, files);
    }

    private static void check(String service, List<BundleFile> files) {
        if (files.size() > MAX_FILES) {
            throw tooBig(service, files.size() + " files, more than " + MAX_FILES);
        }
        long bytes = files.stream().mapToLong(file -> file.data().length).sum();
        if (bytes > MAX_BYTES) {
            throw tooBig(service, bytes + " bytes, more than " + MAX_BYTES);
        }
        Set<String> paths = new HashSet<>();
        for (BundleFile file : files) {
            if (!paths.add(file.path())) {
                throw new ConductorException(ErrorKind.BAD_REQUEST, "bundle of '" + service + "' holds '"
                        + file.path() + "' twice");
            }
            if (paths.stream().anyMatch(other -> file.path().startsWith(other + "/"))) {
                throw new ConductorException(ErrorKind.BAD_REQUEST, "bundle of '" + service + "' holds '"
                        + file.path() + "' under a file of the same name");
            }
        }
    }

    private static ConductorException tooBig(String service, String what) {
        return new ConductorException(ErrorKind.BAD_REQUEST, "service directory '" + service + "' is too big: " + what);
    }

    /** The bytes stored in the fleet: JSON, files in path order, data in base64. */
    public byte[] toBytes() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a bundle always serializes", e);
        }
    }

    /** A bundle read back; anything malformed, oversized or unsafe is a BAD_REQUEST naming the flaw. */
    public static ServiceBundle fromBytes(byte[] bytes) {
        if (bytes.length > MAX_BYTES * 2L) {
            throw tooBig("?", bytes.length + " bytes stored, more than " + MAX_BYTES * 2L);
        }
        try {
            return JSON.readValue(bytes, ServiceBundle.class);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ConductorException flaw) {
                throw flaw;
            }
            throw new ConductorException(ErrorKind.BAD_REQUEST, "not a service bundle: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "not a service bundle: " + e.getMessage());
        }
    }

    /** The version's name: the SHA-256 of {@link #toBytes()}, in hex. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(toBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
