package dev.conductor.agent.fleet.nats;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamOptions;
import io.nats.client.KeyValue;
import io.nats.client.KeyValueManagement;
import io.nats.client.KeyValueOptions;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueOperation;
import io.nats.client.api.KeyValueStatus;
import io.nats.client.api.StorageType;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The real adapter of the fleet's ports, on one jnats connection (TLS when the endpoint has a CA).
 * JetStream API errors become {@link NatsException}s naming the bucket and key, once, here.
 */
public final class JnatsFleet implements KvStore, BlobStore, Requests, AutoCloseable {

    /** JetStream's error code for "someone else wrote first". */
    private static final int WRONG_LAST_SEQUENCE = 10071;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Longer than jnats' 2 s: a stream's leader election, after a server is lost, takes a few seconds. */
    private static final Duration JS_TIMEOUT = Duration.ofSeconds(10);
    /** How long an operator's command waits through JetStream's elections after a server left or came back. */
    public static final Duration OPERATOR_PATIENCE = Duration.ofSeconds(15);

    private final Connection connection;
    private final String server;
    private final Duration patience;
    private final JnatsObjects objects;

    private JnatsFleet(Connection connection, String server, Duration patience) {
        this.connection = connection;
        this.server = server;
        this.patience = patience;
        this.objects = new JnatsObjects(connection, server, JS_TIMEOUT, patience);
    }

    /** Connects once, within a few seconds; a {@link NatsException} naming the servers when it cannot. */
    public static JnatsFleet connect(NatsEndpoint endpoint) {
        return connect(endpoint, Duration.ZERO);
    }

    /**
     * Like {@link #connect(NatsEndpoint)}, for an operator's command: each call asks again for up to
     * {@code patience} while JetStream is temporarily unavailable (electing a leader again).
     */
    public static JnatsFleet connect(NatsEndpoint endpoint, Duration patience) {
        Options.Builder options = Options.builder().servers(endpoint.servers().toArray(String[]::new))
                .connectionTimeout(CONNECT_TIMEOUT).maxReconnects(-1).reconnectWait(Duration.ofSeconds(1))
                .noRandomize().errorListener(new QuietErrors()).connectionName("conductor-agent");
        if (endpoint.user() != null) {
            options.userInfo(endpoint.user().toCharArray(), endpoint.password().toCharArray());
        }
        try {
            if (!endpoint.caPem().isEmpty()) {
                options.sslContext(TrustedCa.sslContext(endpoint.caPem()));
            }
            return new JnatsFleet(Nats.connect(options.build()), String.join(",", endpoint.servers()), patience);
        } catch (IOException | GeneralSecurityException e) {
            throw new NatsException("cannot connect to NATS at " + endpoint.servers() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NatsException("interrupted while connecting to NATS at " + endpoint.servers(), e);
        }
    }

    @Override
    public void ensureBucket(BucketSpec spec) {
        KeyValueConfiguration config = KeyValueConfiguration.builder().name(spec.name()).replicas(spec.replicas())
                .ttl(spec.maxAge()).maxHistoryPerKey(1).storageType(StorageType.File).build();
        call("ensure bucket " + spec.name(), () -> {
            if (bucketStatus(spec.name()).isEmpty()) {
                kvm().create(config);
            }
            LeaderReads.settle(jsm(), "KV_" + spec.name(), spec.replicas(), spec.maxAge());
            return null;
        });
    }

    private Optional<KeyValueStatus> bucketStatus(String bucket) throws IOException, JetStreamApiException {
        try {
            return Optional.of(kvm().getStatus(bucket));
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() == NatsCall.STREAM_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<KvEntry> get(String bucket, String key) {
        return call("get " + bucket + "/" + key, () -> {
            KeyValueEntry entry = kv(bucket).get(key);
            if (entry == null || entry.getOperation() != KeyValueOperation.PUT) {
                return Optional.empty();
            }
            byte[] value = entry.getValue() == null ? new byte[0] : entry.getValue();
            return Optional.of(new KvEntry(key, value, entry.getRevision(), entry.getCreated().toInstant()));
        });
    }

    @Override
    public long put(String bucket, String key, byte[] value) {
        return call("put " + bucket + "/" + key, () -> kv(bucket).put(key, value));
    }

    @Override
    public Optional<Long> create(String bucket, String key, byte[] value) {
        return call("create " + bucket + "/" + key, () -> conditional(() -> kv(bucket).create(key, value)));
    }

    @Override
    public Optional<Long> update(String bucket, String key, byte[] value, long expectedRevision) {
        return call("update " + bucket + "/" + key + " at revision " + expectedRevision,
                () -> conditional(() -> kv(bucket).update(key, value, expectedRevision)));
    }

    private static Optional<Long> conditional(NatsCall.Work<Long> write) throws Exception {
        try {
            return Optional.of(write.run());
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() == WRONG_LAST_SEQUENCE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String bucket, String key) {
        call("delete " + bucket + "/" + key, () -> {
            kv(bucket).delete(key);
            return null;
        });
    }

    @Override
    public List<String> keys(String bucket) {
        List<String> named = call("list keys of " + bucket,
                () -> LeaderReads.subjects(jsm(), "KV_" + bucket, "$KV." + bucket + "."));
        // a deleted key keeps its subject, holding the delete marker
        return named.stream().filter(key -> get(bucket, key).isPresent()).sorted().toList();
    }

    @Override
    public void ensureStore(String store, int replicas) {
        objects.ensureStore(store, replicas);
    }

    @Override
    public void putObject(String store, String name, byte[] content) {
        objects.putObject(store, name, content);
    }

    @Override
    public Optional<byte[]> getObject(String store, String name) {
        return objects.getObject(store, name);
    }

    @Override
    public List<String> listObjects(String store) {
        return objects.listObjects(store);
    }

    @Override
    public void deleteObject(String store, String name) {
        objects.deleteObject(store, name);
    }

    @Override
    public byte[] request(String subject, byte[] body, Duration timeout) {
        Message reply = call("request on " + subject, () -> connection.request(subject, body, timeout));
        if (reply == null) {
            throw new NatsException("no answer on " + subject + " from " + server + " within " + timeout.toSeconds()
                    + " s");
        }
        return reply.getData() == null ? new byte[0] : reply.getData();
    }

    @Override
    public void serve(String subject, UnaryOperator<byte[]> handler) {
        connection.createDispatcher(message -> {
            if (message.getReplyTo() != null) {
                connection.publish(message.getReplyTo(), handler.apply(message.getData()));
            }
        }).subscribe(subject);
    }

    @Override
    public void signal(String subject) {
        call("signal on " + subject, () -> {
            connection.publish(subject, new byte[0]);
            connection.flush(CONNECT_TIMEOUT);
            return null;
        });
    }

    @Override
    public void listen(String subject, Runnable onSignal) {
        connection.createDispatcher(message -> onSignal.run()).subscribe(subject);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KeyValueManagement kvm() throws IOException {
        return connection.keyValueManagement(KeyValueOptions.builder().jsRequestTimeout(JS_TIMEOUT).build());
    }

    private KeyValue kv(String bucket) throws IOException {
        return connection.keyValue(bucket, KeyValueOptions.builder().jsRequestTimeout(JS_TIMEOUT).build());
    }

    private JetStreamManagement jsm() throws IOException {
        return connection.jetStreamManagement(JetStreamOptions.builder().requestTimeout(JS_TIMEOUT).build());
    }

    private <T> T call(String what, NatsCall.Work<T> work) {
        return NatsCall.run(server, what, patience, work);
    }
}
