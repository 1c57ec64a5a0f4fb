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

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ServiceLock(ReentrantLock local, FileChannel channel, FileLock lock) {
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
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath(), path -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ServiceLock(local, channel, channel.lock());
        } catch (IOException e) {
            local.unlock();
            throw new UncheckedIOException("cannot lock " + what + " with " + file, e);
        } catch (RuntimeException | Error e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release lock", e);
        } finally {
            local.unlock();
        }
    }
}
