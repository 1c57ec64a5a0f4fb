package dev.conductor.agent.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Policies as the gate uses them: read and their keys parsed once, and looked at again at most
 * once a second, when the file's time or size changed, so that a decision costs no file read.
 */
final class PolicyCache {

    static final long RECHECK_NANOS = 1_000_000_000L;

    /** A policy with its keys parsed; a key file that cannot be read has its reason instead. */
    record Loaded(Policy policy, Map<String, List<JwtKey>> keys, Map<String, String> broken, Stamp stamp,
            long checked) {}

    private record Stamp(Path file, FileTime time, long size) {}

    private final PolicyStore store;
    private final LongSupplier clock;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    PolicyCache(PolicyStore store, LongSupplier nanoClock) {
        this.store = store;
        this.clock = nanoClock;
    }

    /** The policy {@code name}, empty when no file has it; throws when its file is broken. */
    Optional<Loaded> get(String name) {
        long now = clock.getAsLong();
        Loaded known = loaded.get(name);
        if (known != null && now - known.checked() < RECHECK_NANOS) {
            return Optional.of(known);
        }
        Optional<Path> file = store.file(name);
        if (file.isEmpty()) {
            loaded.remove(name);
            return Optional.empty();
        }
        Stamp stamp = stamp(file.get());
        if (known != null && stamp.equals(known.stamp())) {
            known = new Loaded(known.policy(), known.keys(), known.broken(), stamp, now);
        } else {
            known = load(name, stamp, now);
        }
        loaded.put(name, known);
        return Optional.of(known);
    }

    private static Loaded load(String name, Stamp stamp, long now) {
        Policy policy = PolicyStore.read(name, stamp.file());
        Map<String, List<JwtKey>> keys = new ConcurrentHashMap<>();
        Map<String, String> broken = new ConcurrentHashMap<>();
        for (PolicyRule rule : policy.rules()) {
            if (rule instanceof KeyRule key) {
                try {
                    keys.put(key.name(), JwtKeys.parse(Files.readString(policy.directory().resolve(key.keyFile()))));
                } catch (IOException | RuntimeException e) {
                    broken.put(key.name(), "key file " + key.keyFile() + ": " + e.getMessage());
                }
            }
        }
        return new Loaded(policy, Map.copyOf(keys), Map.copyOf(broken), stamp, now);
    }

    private static Stamp stamp(Path file) {
        try {
            return new Stamp(file, Files.getLastModifiedTime(file), Files.size(file));
        } catch (IOException e) {
            return new Stamp(file, FileTime.fromMillis(0), -1);
        }
    }
}
