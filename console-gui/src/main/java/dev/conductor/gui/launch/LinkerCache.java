package dev.conductor.gui.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whether the dynamic linker would find a library by its soname: in {@code LD_LIBRARY_PATH}, else
 * in the linker's cache as {@code ldconfig -p} prints it. When ldconfig cannot be run, the usual
 * library folders are looked in instead, so that a check never fails for want of ldconfig.
 */
final class LinkerCache implements Predicate<String> {

    private static final List<String> LDCONFIG = List.of("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig");
    private static final List<String> USUAL_FOLDERS = List.of("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib");

    private final List<Path> searchPath;
    private Set<String> cached;

    LinkerCache(String ldLibraryPath) {
        this.searchPath = ldLibraryPath == null || ldLibraryPath.isBlank() ? List.of()
                : Stream.of(ldLibraryPath.split(":")).filter(dir -> !dir.isEmpty()).map(Path::of).toList();
    }

    static LinkerCache standard() {
        return new LinkerCache(System.getenv("LD_LIBRARY_PATH"));
    }

    @Override
    public boolean test(String soname) {
        return searchPath.stream().anyMatch(dir -> Files.exists(dir.resolve(soname))) || cache().contains(soname);
    }

    /** The sonames in {@code ldconfig -p} output: each entry line starts with one, then a space. */
    static Set<String> sonames(String ldconfigOutput) {
        Set<String> names = new HashSet<>();
        ldconfigOutput.lines().filter(line -> line.startsWith("\t") || line.startsWith(" "))
                .map(String::strip).map(line -> line.split(" ", 2)[0]).forEach(names::add);
        return names;
    }

    private Set<String> cache() {
        if (cached == null) {
            cached = LDCONFIG.stream().map(LinkerCache::printCache).filter(names -> !names.isEmpty()).findFirst()
                    .orElseGet(LinkerCache::usualFolders);
        }
        return cached;
    }

    private static Set<String> printCache(String ldconfig) {
        try {
            Process process = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0 ? sonames(output) : Set.of();
        } catch (IOException e) {
            return Set.of(); // not there: try the next
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    private static Set<String> usualFolders() {
        Set<String> names = new HashSet<>();
        for (String folder : USUAL_FOLDERS) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.map(file -> file.getFileName().toString()).forEach(names::add);
            } catch (IOException e) {
                // not on this machine
            }
        }
        return names;
    }
}
