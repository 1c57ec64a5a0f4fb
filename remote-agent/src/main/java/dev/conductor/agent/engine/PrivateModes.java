package dev.conductor.agent.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes what older agents wrote 0644 in 0755 directories root's only, as {@link PrivateFiles}
 * writes it now: every file and directory below the state root, and below the deployment root
 * the deployment directories and the files the agent writes there (what hooks put there keeps its
 * modes: a container may read it as another user). It only takes permissions away, never follows a
 * symbolic link and leaves sockets and other special files alone; running it again changes nothing.
 */
public final class PrivateModes {

    // what the agent writes in a deployment directory, now and in every earlier version
    private static final Set<String> DEPLOYMENT_FILES = Set.of("deployment.json", "pod.yaml", "configmap.yaml",
            "snippets.json", "error.txt", "registered", "pod-ip", "pod-removed");

    private PrivateModes() {}

    /** Tightens both trees; the paths whose modes changed. */
    public static List<Path> tighten(Path stateRoot, Path deploymentRoot) {
        List<Path> changed = new ArrayList<>();
        walk(stateRoot, Integer.MAX_VALUE, Set.of(), changed);
        walk(deploymentRoot, 2, DEPLOYMENT_FILES, changed);
        return changed;
    }

    // Files at any depth when names is empty, else only those names; directories above maxDepth.
    private static void walk(Path root, int maxDepth, Set<String> names, List<Path> changed) {
        try {
            Files.walkFileTree(root, Set.of(), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    narrow(dir, PrivateFiles.DIRECTORY, changed);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile() && (names.isEmpty() || names.contains(file.getFileName().toString()))) {
                        narrow(file, PrivateFiles.FILE, changed);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // removed meanwhile, or no tree at all yet
                    }
                    throw failure;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + root + " root's only: " + e.getMessage(), e);
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> allowed, List<Path> changed) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> now;
        try {
            now = view.readAttributes().permissions();
        } catch (NoSuchFileException gone) {
            return;
        }
        Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
        kept.addAll(now);
        kept.retainAll(allowed);
        if (!kept.equals(now)) {
            view.setPermissions(kept);
            changed.add(path);
        }
    }
}
