package dev.conductor.agent.fleet.nats;

import java.util.List;
import java.util.Optional;

/** Port to the fleet's object stores (NATS JetStream object store): whole files by name. */
public interface BlobStore {

    /** Creates the store when missing, or raises its replicas to {@code replicas}; never lowers them. */
    void ensureStore(String store, int replicas);

    void putObject(String store, String name, byte[] content);

    Optional<byte[]> getObject(String store, String name);

    /** Names of the objects in the store, sorted. */
    List<String> listObjects(String store);

    /** Deletes the object; a missing one is no error. */
    void deleteObject(String store, String name);
}
