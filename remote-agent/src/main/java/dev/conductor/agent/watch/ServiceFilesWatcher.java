package dev.conductor.agent.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the service directory roots and every directory below them (inotify, through the JDK's
 * WatchService) and calls back once things have been quiet for the debounce: an editor's save is
 * several events, a copied directory dozens. Roots that appear later are picked up too.
 */
public final class ServiceFilesWatcher implements AutoCloseable {

    private static final Duration RESCAN = Duration.ofSeconds(2);

    private final List<Path> roots;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watch;
    private final Set<Path> watched = new HashSet<>();

    public ServiceFilesWatcher(List<Path> roots, Duration debounce, Runnable onChange) throws IOException {
        this.roots = List.copyOf(roots);
        this.debounce = debounce;
        this.onChange = onChange;
        this.watch = FileSystems.getDefault().newWatchService();
    }

    /** Watches until closed; call on a thread of its own. */
    public void run() {
        boolean dirty = false;
        boolean started = false;
        try {
            while (true) {
                // a root or directory found by the rescan, not by an event, is a change too: a root made
                // with a service already inside (the fleet's /run/conductor/services) sends none
                dirty |= registerAll() && started;
                started = true;
                WatchKey key = watch.poll(dirty ? debounce.toMillis() : RESCAN.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    if (!key.reset()) {
                        watched.remove((Path) key.watchable());
                    }
                    dirty = true;
                } else if (dirty) {
                    dirty = false;
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException closed) {
            // closed: the agent stops
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }

    /** Watches the directories not watched yet; whether there were any. */
    private boolean registerAll() {
        boolean found = false;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(root, 3)) {
                for (Path dir : dirs.filter(Files::isDirectory).filter(dir -> !watched.contains(dir)).toList()) {
                    found |= register(dir);
                }
            } catch (IOException | RuntimeException e) {
                // a directory that went while walking is seen on the next pass
            }
        }
        return found;
    }

    private boolean register(Path dir) {
        try {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            watched.add(dir);
            return true;
        } catch (IOException e) {
            System.err.println("agent: cannot watch " + dir + ": " + e.getMessage());
            return false;
        }
    }
}
