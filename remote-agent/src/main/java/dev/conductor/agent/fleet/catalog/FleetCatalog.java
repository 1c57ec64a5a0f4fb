package dev.conductor.agent.fleet.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.bundle.BundleCheck;
import dev.conductor.agent.fleet.bundle.ServiceBundle;
import dev.conductor.agent.fleet.nats.BlobStore;
import dev.conductor.agent.fleet.nats.BucketSpec;
import dev.conductor.agent.fleet.nats.KvEntry;
import dev.conductor.agent.fleet.nats.KvStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fleet's service definitions: each version's bundle in the object store, and which version is
 * current in the KV bucket, moved on by compare-and-set so that two pushes at once cannot both
 * win. A bundle is checked with the loader before anything is stored: a broken push changes
 * nothing anywhere.
 */
public final class FleetCatalog {

    public static final String BUCKET = "conductor-services";
    public static final String STORE = "conductor-bundles";

    private final KvStore kv;
    private final BlobStore blobs;
    private final Clock clock;
    private final String host;

    public FleetCatalog(KvStore kv, BlobStore blobs, Clock clock, String host) {
        this.kv = kv;
        this.blobs = blobs;
        this.clock = clock;
        this.host = host;
    }

    /** Creates the bucket and store, each value kept on {@code replicas} servers. */
    public void ensure(int replicas) {
        kv.ensureBucket(new BucketSpec(BUCKET, replicas, Duration.ZERO));
        blobs.ensureStore(STORE, replicas);
    }

    /** Publishes {@code bundle} as the service's next version; the same content again is no new version. */
    public Pushed push(ServiceBundle bundle) {
        BundleCheck.check(bundle);
        byte[] bytes = bundle.toBytes();
        String digest = bundle.digest();
        Optional<KvEntry> current = kv.get(BUCKET, bundle.service());
        Optional<FleetService> before = current.map(FleetCatalog::read);
        if (before.isPresent() && before.get().digest().equals(digest)) {
            return new Pushed(before.get(), false);
        }
        FleetService next = new FleetService(bundle.service(), before.map(FleetService::version).orElse(0L) + 1,
                digest, bytes.length, clock.instant(), host);
        blobs.putObject(STORE, next.object(), bytes);
        Optional<Long> stored = current.isEmpty() ? kv.create(BUCKET, next.name(), write(next))
                : kv.update(BUCKET, next.name(), write(next), current.get().revision());
        if (stored.isEmpty()) {
            throw new ConductorException(ErrorKind.FAILED, "service '" + bundle.service() + "' was pushed from"
                    + " elsewhere at the same time; nothing changed, push again");
        }
        return new Pushed(next, true);
    }

    /** @param changed false when the bundle was the current version already */
    public record Pushed(FleetService service, boolean changed) {}

    public List<FleetService> list() {
        List<FleetService> services = new ArrayList<>();
        for (String name : kv.keys(BUCKET)) {
            kv.get(BUCKET, name).map(FleetCatalog::read).ifPresent(services::add);
        }
        return services;
    }

    public Optional<FleetService> find(String name) {
        return kv.get(BUCKET, name).map(FleetCatalog::read);
    }

    /** The bundle of {@code service}'s version, refused when the stored bytes are not that version's. */
    public ServiceBundle bundle(FleetService service) {
        byte[] bytes = blobs.getObject(STORE, service.object()).orElseThrow(() -> new ConductorException(
                ErrorKind.NOT_FOUND, "the bundle of '" + service.name() + "' version " + service.version()
                        + " is missing from the fleet's store"));
        ServiceBundle bundle = ServiceBundle.fromBytes(bytes);
        if (!bundle.digest().equals(service.digest()) || !bundle.service().equals(service.name())) {
            throw new ConductorException(ErrorKind.FAILED, "the stored bundle of '" + service.name() + "' version "
                    + service.version() + " is not the one pushed (digest mismatch); push it again");
        }
        return bundle;
    }

    /** Takes the service out of the fleet; false when it was not in it. */
    public boolean remove(String name) {
        Optional<FleetService> service = find(name);
        kv.delete(BUCKET, name);
        blobs.listObjects(STORE).stream().filter(object -> object.startsWith(name + "/"))
                .forEach(object -> blobs.deleteObject(STORE, object));
        return service.isPresent();
    }

    private static FleetService read(KvEntry entry) {
        try {
            return JsonFiles.MAPPER.readValue(entry.value(), FleetService.class);
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "fleet entry '" + entry.key() + "' in " + BUCKET
                    + " is not a service record: " + e.getMessage(), e);
        }
    }

    private static byte[] write(FleetService service) {
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(service);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a service record always serializes", e);
        }
    }
}
