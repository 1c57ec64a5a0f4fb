package dev.conductor.spec.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Follows {@code inherit} chains: reads, validates and rebases each file, then merges the
 * parents in declaration order and the file last. A parent marked {@code ignore_error} that is
 * missing or broken (unreadable, invalid, or part of a cycle) is skipped with a warning.
 */
final class InheritanceResolver {

    /** A merged file and the files it came from, parents first. */
    record Resolved(ServiceFile merged, List<Path> sources) {
    }

    private final ServiceFileReader reader = new ServiceFileReader();
    private final ServiceFileValidator validator = new ServiceFileValidator();

    Resolved resolve(Path file, List<LoadWarning> warnings) {
        return resolve(file, new ArrayDeque<>(List.of(file)), warnings);
    }

    private Resolved resolve(Path file, Deque<Path> chain, List<LoadWarning> warnings) {
        ServiceFile own = readOwn(file, warnings);
        ServiceFile merged = ServiceFile.EMPTY;
        LinkedHashSet<Path> sources = new LinkedHashSet<>();
        List<InheritRef> refs = own.inherit() == null ? List.of() : own.inherit();
        for (int i = 0; i < refs.size(); i++) {
            Resolved parent = parent(file, "/inherit/" + i, refs.get(i), chain, warnings);
            merged = ServiceFileMerger.merge(merged, parent.merged());
            sources.addAll(parent.sources());
        }
        sources.add(file);
        return new Resolved(ServiceFileMerger.merge(merged, own), new ArrayList<>(sources));
    }

    private ServiceFile readOwn(Path file, List<LoadWarning> warnings) {
        ServiceFile own = reader.read(file, warnings);
        validator.validate(file, own);
        return new PathRebaser(file.getParent()).rebase(own);
    }

    private Resolved parent(Path file, String pointer, InheritRef ref, Deque<Path> chain, List<LoadWarning> warnings) {
        try {
            Path parent = locate(file, pointer, ref);
            refuseCycle(file, pointer, parent, chain);
            chain.addLast(parent);
            try {
                return resolve(parent, chain, warnings);
            } finally {
                chain.removeLast();
            }
        } catch (ServiceFileException e) {
            if (!ref.ignoreError()) {
                throw e;
            }
            warnings.add(new LoadWarning(file, pointer, "ignored inherit \"" + ref.path() + "\": " + e.getMessage()));
            return new Resolved(ServiceFile.EMPTY, List.of());
        }
    }

    private static Path locate(Path file, String pointer, InheritRef ref) {
        Path parent = file.getParent().resolve(ref.path()).normalize();
        if (Files.isDirectory(parent)) {
            parent = parent.resolve(ServiceFileLoader.FILE_NAME);
        }
        if (!Files.isRegularFile(parent)) {
            throw new ServiceFileException(file, pointer,
                    "inherited file \"" + ref.path() + "\" not found (looked for " + parent + ")");
        }
        return parent;
    }

    private static void refuseCycle(Path file, String pointer, Path parent, Deque<Path> chain) {
        List<Path> loop = chain.stream().dropWhile(ancestor -> !sameFile(ancestor, parent)).toList();
        if (!loop.isEmpty()) {
            String cycle = Stream.concat(loop.stream(), Stream.of(parent))
                    .map(Path::toString).collect(Collectors.joining(" -> "));
            throw new ServiceFileException(file, pointer, "inheritance cycle: " + cycle);
        }
    }

    // Compares real files, so that a symlink cannot hide a cycle.
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.equals(b);
        }
    }
}
