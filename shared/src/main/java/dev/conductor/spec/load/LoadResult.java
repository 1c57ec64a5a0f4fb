package dev.conductor.spec.load;

import dev.conductor.spec.ServiceSpec;
import java.util.List;
import java.util.Optional;

/**
 * The services found in the service directories: each is either loaded or failed.
 *
 * @param services the loaded services, by name
 * @param failures the services that could not be loaded, by name
 * @param warnings warnings of all services and directories
 */
public record LoadResult(List<ServiceSpec> services, List<ServiceFailure> failures, List<LoadWarning> warnings) {

    public LoadResult {
        services = List.copyOf(services);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param name a service name
     * @return the loaded service of that name
     */
    public Optional<ServiceSpec> service(String name) {
        return services.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    /**
     * @param name a service name
     * @return the failure of that service
     */
    public Optional<ServiceFailure> failure(String name) {
        return failures.stream().filter(failure -> failure.name().equals(name)).findFirst();
    }
}
