package dev.conductor.agent.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on one service (or one deployment) across agent processes and across the
 * resident agent's threads, so that two of them never move the same state machine at once.
 * Released when closed or when the holder dies. A file lock alone is not enough inside one JVM:
 * it belongs to the process, and a second thread asking for it gets an exception, not a wait.
 */
public final class ServiceLock implements AutoCloseable {

    // Each deploy names new deployments: an entry leaves the map with its last holder or waiter,
    // so that a resident agent's map does not grow with every deploy it ever made.
    private static final Map<Path, Shared> IN_PROCESS = new ConcurrentHashMap<>();

    /** The in-process lock of one file, with how many threads hold or wait for it. */
    private static final class Shared {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final Path file;
    private final Shared local;
    private final FileChannel channel;
    private final FileLock lock;

    private ServiceLock(Path file, Shared local, FileChannel channel, FileLock lock) {
        this.file = file;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Blocks until the service's lock is free. */
    public static ServiceLock acquire(Path lockRoot, String service) {
        return acquireFile(lockRoot.resolve(service + ".lock"), "service '" + service + "'");
    }

    /** Blocks until the deployment's lock is free: held while its pod is made or removed. */
    public static ServiceLock acquireDeployment(Path lockRoot, String deployment) {
        return acquireFile(lockRoot.resolve("deployments").resolve(deployment + ".lock"),
                "deployment '" + deployment + "'");
    }

    private static ServiceLock acquireFile(Path file, String what) {
        Path key = file.toAbsolutePath();
        Shared local = IN_PROCESS.compute(key, (path, shared) -> {
            Shared entry = shared == null ? new Shared() : shared;
            entry.users++;
            return entry;
        });
        local.lock.lock();
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ServiceLock(key, local, channel, channel.lock());
        } catch (IOException e) {
            release(key, local);
            throw new UncheckedIOException("cannot lock " + what + " with " + file, e);
        } catch (RuntimeException | Error e) {
            release(key, local);
            throw e;
        }
    }

    private static void release(Path key, Shared local) {
        local.lock.unlock();
        IN_PROCESS.computeIfPresent(key, (path, shared) -> --shared.users == 0 ? null : shared);
    }

    /** How many files have an in-process lock now, for tests. */
    static int inProcessLocks() {
        return IN_PROCESS.size();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release lock", e);
        } finally {
            release(file, local);
        }
    }
}
