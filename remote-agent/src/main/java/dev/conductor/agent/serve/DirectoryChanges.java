package dev.conductor.agent.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import dev.conductor.agent.engine.AgentPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Service files, service state and deployment directories, watched with inotify (the JDK's
 * WatchService on Linux): each root and the directories right below it. A root that does not
 * exist yet is watched through its parent, so that its creation is noticed.
 */
final class DirectoryChanges implements ChangeSource {

    private final Map<Path, Set<RowKind>> roots = new LinkedHashMap<>();
    private final Map<WatchKey, Set<RowKind>> keys = new ConcurrentHashMap<>();
    private WatchService watcher;
    private Thread thread;

    DirectoryChanges(AgentPaths paths) {
        // files concern every kind: display columns of services and deployments, and the functions declared
        paths.serviceRoots().forEach(root -> roots.put(root, EnumSet.allOf(RowKind.class)));
        roots.put(paths.stateRoot(), EnumSet.of(RowKind.SERVICE));
        roots.put(paths.deploymentRoot(), EnumSet.of(RowKind.DEPLOYMENT));
    }

    @Override
    public void start(Consumer<Set<RowKind>> changed) {
        try {
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots.keySet(), e);
        }
        register();
        thread = new Thread(() -> watch(changed), "serve-watch-files");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            System.err.println("serve: cannot close the file watcher: " + e.getMessage());
        }
    }

    private void watch(Consumer<Set<RowKind>> changed) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                Set<RowKind> kinds = key.reset() ? keys.get(key) : keys.remove(key);
                register();
                changed.accept(kinds == null ? EnumSet.allOf(RowKind.class) : kinds);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the last subscription ended
        }
    }

    // Registering a directory twice returns its key again, so new directories are simply added.
    private void register() {
        roots.forEach((root, kinds) -> {
            if (Files.isDirectory(root)) {
                watch(root, kinds);
                try (Stream<Path> dirs = Files.list(root)) {
                    dirs.filter(Files::isDirectory).forEach(dir -> watch(dir, kinds));
                } catch (IOException e) {
                    // the root went away meanwhile: its parent's watch or the next event sees to it
                }
            } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                watch(root.getParent(), EnumSet.allOf(RowKind.class));
            }
        });
    }

    private void watch(Path dir, Set<RowKind> kinds) {
        try {
            keys.merge(dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), kinds, (a, b) -> {
                Set<RowKind> both = EnumSet.copyOf(a);
                both.addAll(b);
                return both;
            });
        } catch (IOException | ClosedWatchServiceException e) {
            // gone already, or the watcher closed: nothing to watch
        }
    }
}
