package dev.conductor.agent.fleet.nats;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamOptions;
import io.nats.client.ObjectStore;
import io.nats.client.ObjectStoreOptions;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectStoreConfiguration;
import io.nats.client.api.StorageType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The object store half of {@link JnatsFleet}. Objects are read chunk by chunk from the stream's
 * leader and listed from the stream's subjects, never through a consumer (see {@link LeaderReads}).
 */
final class JnatsObjects implements BlobStore {

    private final Connection connection;
    private final String server;
    private final Duration timeout;
    private final Duration patience;

    JnatsObjects(Connection connection, String server, Duration timeout, Duration patience) {
        this.connection = connection;
        this.server = server;
        this.timeout = timeout;
        this.patience = patience;
    }

    @Override
    public void ensureStore(String store, int replicas) {
        call("ensure object store " + store, () -> {
            if (!connection.objectStoreManagement().getBucketNames().contains(store)) {
                connection.objectStoreManagement().create(ObjectStoreConfiguration.builder(store).replicas(replicas)
                        .storageType(StorageType.File).build());
            }
            // an object store is the stream OBJ_NAME: raised like a bucket as servers join, never lowered
            LeaderReads.settle(jsm(), stream(store), replicas, null);
            return null;
        });
    }

    @Override
    public void putObject(String store, String name, byte[] content) {
        call("put object " + store + "/" + name, () -> objects(store).put(name, content));
    }

    @Override
    public Optional<byte[]> getObject(String store, String name) {
        return call("get object " + store + "/" + name, () -> {
            ObjectInfo info = objects(store).getInfo(name);
            if (info == null || info.isDeleted()) {
                return Optional.empty();
            }
            return Optional.of(chunks(store, info));
        });
    }

    private byte[] chunks(String store, ObjectInfo info) throws IOException, JetStreamApiException {
        String subject = "$O." + store + ".C." + info.getNuid();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long sequence = 1;
        for (long chunk = 0; chunk < info.getChunks(); chunk++) {
            MessageInfo message = jsm().getNextMessage(stream(store), sequence, subject);
            out.write(message.getData() == null ? new byte[0] : message.getData());
            sequence = message.getSeq() + 1;
        }
        if (out.size() != info.getSize()) {
            throw new NatsException("object " + store + "/" + info.getObjectName() + " has " + out.size()
                    + " bytes in its chunks, its record says " + info.getSize());
        }
        return out.toByteArray();
    }

    @Override
    public List<String> listObjects(String store) {
        return call("list objects of " + store, () -> {
            List<String> names = new ArrayList<>();
            ObjectStore objects = objects(store);
            for (String encoded : LeaderReads.subjects(jsm(), stream(store), "$O." + store + ".M.")) {
                String name = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
                ObjectInfo info = objects.getInfo(name);
                if (info != null && !info.isDeleted()) {
                    names.add(name);
                }
            }
            return names.stream().sorted().toList();
        });
    }

    @Override
    public void deleteObject(String store, String name) {
        call("delete object " + store + "/" + name, () -> {
            ObjectInfo info = objects(store).getInfo(name);
            if (info != null && !info.isDeleted()) {
                objects(store).delete(name);
            }
            return null;
        });
    }

    private <T> T call(String what, NatsCall.Work<T> work) {
        return NatsCall.run(server, what, patience, work);
    }

    private static String stream(String store) {
        return "OBJ_" + store;
    }

    private JetStreamManagement jsm() throws IOException {
        return connection.jetStreamManagement(JetStreamOptions.builder().requestTimeout(timeout).build());
    }

    private ObjectStore objects(String store) throws IOException {
        return connection.objectStore(store, ObjectStoreOptions.builder().jsRequestTimeout(timeout).build());
    }
}
