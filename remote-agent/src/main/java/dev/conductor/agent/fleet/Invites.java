package dev.conductor.agent.fleet;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.agent.error.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One-time invites, kept on the host that signs joins (the one with the CA key) in
 * /etc/conductor/nats/invites.json (0600): the SHA-256 of each secret and its expiry, never the
 * secret. Making and using one happen under a file lock, so an invite works once. They live on that
 * host, not in KV, because nats-server 2.9 runs no JetStream in a cluster of one server: the first
 * invite must work before there is any bucket.
 */
public final class Invites {

    static final Duration MAX_TTL = Duration.ofHours(24);
    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() {};

    private final Path file;
    private final Clock clock;

    public Invites(ClusterPaths paths, Clock clock) {
        this.file = paths.dir().resolve("invites.json");
        this.clock = clock;
    }

    /** A new invite to this host's cluster, with {@code seeds} as the client addresses to ask. */
    public Invite issue(ClusterPaths paths, ClusterSettings settings, List<String> seeds, Duration ttl) {
        if (!settings.signsJoins()) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "this host does not hold the cluster's CA key; make"
                    + " invites on the first host (the one where 'cluster init' ran)");
        }
        return create(settings, ClusterSettings.caPem(paths), seeds, ttl);
    }

    Invite create(ClusterSettings settings, String caPem, List<String> seeds, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "invite lifetime " + ttl + " is not between 1 s and 24 h");
        }
        String secret = Secrets.newSecret();
        Instant expires = clock.instant().plus(ttl);
        locked(invites -> {
            invites.values().removeIf(value -> value.equals("used") || Instant.parse(value).isBefore(clock.instant()));
            invites.put(Secrets.sha256Hex(secret), expires.toString());
            return null;
        });
        return new Invite(1, settings.clusterName(), seeds, caPem, settings.joinPassword(), secret, expires);
    }

    /** Uses up an invite; empty when it was good, else why not. */
    Optional<String> consume(String secret) {
        String key = Secrets.sha256Hex(secret == null ? "" : secret);
        return locked(invites -> {
            String value = invites.get(key);
            if (value == null) {
                return Optional.of("unknown or already used invite");
            }
            if (value.equals("used")) {
                return Optional.of("invite already used");
            }
            invites.put(key, "used");
            return Instant.parse(value).isBefore(clock.instant()) ? Optional.of("invite expired at " + value)
                    : Optional.empty();
        });
    }

    private <T> T locked(Function<Map<String, String>, T> change) {
        Path lock = file.resolveSibling(".invites.lock");
        try {
            PrivateFiles.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = channel.lock()) {
                Map<String, String> invites = Files.exists(file) ? JsonFiles.MAPPER.readValue(file.toFile(), TYPE)
                        : new LinkedHashMap<>();
                T result = change.apply(invites);
                PrivateFiles.write(file, JsonFiles.MAPPER.writeValueAsBytes(invites));
                return result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the invites in " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] json(Object value) {
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
