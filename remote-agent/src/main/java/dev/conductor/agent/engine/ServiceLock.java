package dev.conductor.agent.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on one service across agent processes (deploy, reload, units), so that two
 * of them never move the same state machine at once. Released when closed or when the holder dies.
 */
public final class ServiceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ServiceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Blocks until the service's lock is free. */
    public static ServiceLock acquire(Path lockRoot, String service) {
        Path file = lockRoot.resolve(service + ".lock");
        try {
            Files.createDirectories(lockRoot);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ServiceLock(channel, channel.lock());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock service '" + service + "' with " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release service lock", e);
        }
    }
}
