package dev.conductor.agent.secret;

import dev.conductor.agent.mask.SecretMask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A secret store in memory, with the real store's name and value checks, for unit tests. */
public final class InMemorySecretStore implements SecretStore {

    private final Map<String, Map<String, String>> values = new ConcurrentHashMap<>();

    @Override
    public void set(String service, String key, String value) {
        SecretNames.requireNames(service, key);
        SecretNames.requireValue(key, value);
        SecretMask.register(value);
        values.computeIfAbsent(service, s -> new TreeMap<>()).put(key, value);
    }

    @Override
    public Optional<String> get(String service, String key) {
        return Optional.ofNullable(values.getOrDefault(service, Map.of()).get(key));
    }

    @Override
    public List<SecretEntry> list(String service) {
        return values.getOrDefault(service, Map.of()).keySet().stream()
                .map(key -> new SecretEntry(key, Instant.EPOCH)).toList();
    }

    @Override
    public boolean remove(String service, String key) {
        return values.getOrDefault(service, new TreeMap<>()).remove(key) != null;
    }
}
