package dev.conductor.spec.load;

import java.nio.file.Path;

/**
 * A service whose files could not be loaded.
 *
 * @param name the service name (its directory name)
 * @param directory the service directory
 * @param error the first problem, with the others as {@link ServiceFileException#problems()}
 */
public record ServiceFailure(String name, Path directory, ServiceFileException error) {
}
