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
        try {
            while (true) {
                registerAll();
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

    private void registerAll() {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(root, 3)) {
                dirs.filter(Files::isDirectory).filter(dir -> !watched.contains(dir)).forEach(this::register);
            } catch (IOException | RuntimeException e) {
                // a directory that went while walking is seen on the next pass
            }
        }
    }

    private void register(Path dir) {
        try {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            watched.add(dir);
        } catch (IOException e) {
            System.err.println("agent: cannot watch " + dir + ": " + e.getMessage());
        }
    }
}
