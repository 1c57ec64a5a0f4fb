package dev.conductor.spec.load;

import dev.conductor.spec.SafeName;
import dev.conductor.spec.SafeNameValidator;
import dev.conductor.spec.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads services from {@code ROOT/NAME/conductor-service.json}, resolving inheritance and
 * validating. Thread-safe; one instance can serve the whole process.
 */
public final class ServiceFileLoader {

    /** The service file's name inside a service directory. */
    public static final String FILE_NAME = "conductor-service.json";

    /** Where services are looked for, in order of precedence. */
    public static final List<Path> DEFAULT_ROOTS = List.of(
            Path.of("/etc/conductor/services"), Path.of("/run/conductor/services"),
            Path.of("/usr/share/conductor/services"));

    private final InheritanceResolver resolver = new InheritanceResolver();

    /**
     * Loads one service; its name is the directory's name.
     *
     * @param serviceDirectory the directory holding {@value #FILE_NAME}
     * @return the resolved service and its warnings
     * @throws ServiceFileException when the service or one of its parents is unusable
     */
    public LoadedService load(Path serviceDirectory) {
        Path directory = serviceDirectory.toAbsolutePath().normalize();
        Path file = directory.resolve(FILE_NAME);
        String name = directory.getFileName() == null ? "" : directory.getFileName().toString();
        if (!SafeNameValidator.isSafe(name)) {
            throw new ServiceFileException(file, "", "service name \"" + name + "\" " + SafeName.RULE);
        }
        List<LoadWarning> warnings = new ArrayList<>();
        InheritanceResolver.Resolved resolved = resolver.resolve(file, warnings);
        ServiceSpec spec = resolved.merged().toSpec(name, directory, resolved.sources());
        return new LoadedService(spec, warnings);
    }

    /**
     * Loads every service under the given roots. A service name found under several roots is
     * taken from the first root only, even when that copy is broken, so that a broken override
     * never silently falls back to another definition. Missing roots are skipped.
     *
     * @param roots directories holding one directory per service, highest precedence first
     * @return the loaded services, the failures and all warnings; never throws for a bad service
     */
    public LoadResult loadAll(List<Path> roots) {
        List<ServiceSpec> services = new ArrayList<>();
        List<ServiceFailure> failures = new ArrayList<>();
        List<LoadWarning> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path root : roots) {
            for (Path directory : serviceDirectories(root, warnings)) {
                if (seen.add(directory.getFileName().toString())) {
                    loadInto(directory, services, failures, warnings);
                }
            }
        }
        services.sort(Comparator.comparing(ServiceSpec::name));
        failures.sort(Comparator.comparing(ServiceFailure::name));
        return new LoadResult(services, failures, warnings);
    }

    private void loadInto(Path directory, List<ServiceSpec> services, List<ServiceFailure> failures,
            List<LoadWarning> warnings) {
        String name = directory.getFileName().toString();
        try {
            LoadedService loaded = load(directory);
            services.add(loaded.spec());
            warnings.addAll(loaded.warnings());
        } catch (ServiceFileException e) {
            failures.add(new ServiceFailure(name, directory, e));
        } catch (RuntimeException e) {
            // A bug triggered by one odd file must not keep the other services down.
            failures.add(new ServiceFailure(name, directory,
                    new ServiceFileException(directory.resolve(FILE_NAME), "", "cannot load: " + e, e)));
        }
    }

    // Hidden entries and directories without a service file are not services.
    private static List<Path> serviceDirectories(Path root, List<LoadWarning> warnings) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(directory -> !directory.getFileName().toString().startsWith("."))
                    .filter(directory -> Files.exists(directory.resolve(FILE_NAME)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            warnings.add(new LoadWarning(root, "", "cannot list service directory: " + e));
            return List.of();
        }
    }
}
