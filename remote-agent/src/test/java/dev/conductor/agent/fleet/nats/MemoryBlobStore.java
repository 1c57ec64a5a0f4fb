package dev.conductor.agent.fleet.nats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link BlobStore} for unit tests of the fleet's logic. */
public final class MemoryBlobStore implements BlobStore {

    private final Map<String, Map<String, byte[]>> stores = new HashMap<>();

    @Override
    public synchronized void ensureStore(String store, int replicas) {
        stores.computeIfAbsent(store, name -> new HashMap<>());
    }

    @Override
    public synchronized void putObject(String store, String name, byte[] content) {
        store(store).put(name, content.clone());
    }

    @Override
    public synchronized Optional<byte[]> getObject(String store, String name) {
        return Optional.ofNullable(store(store).get(name)).map(byte[]::clone);
    }

    @Override
    public synchronized List<String> listObjects(String store) {
        return store(store).keySet().stream().sorted().toList();
    }

    @Override
    public synchronized void deleteObject(String store, String name) {
        store(store).remove(name);
    }

    private Map<String, byte[]> store(String name) {
        Map<String, byte[]> store = stores.get(name);
        if (store == null) {
            throw new NatsException("no object store " + name);
        }
        return store;
    }
}
