package dev.conductor.spec.load;

import dev.conductor.spec.ServiceSpec;
import java.util.List;

/**
 * One service loaded from its directory.
 *
 * @param spec the resolved service
 * @param warnings what was odd in its files, in reading order
 */
public record LoadedService(ServiceSpec spec, List<LoadWarning> warnings) {

    public LoadedService {
        warnings = List.copyOf(warnings);
    }
}
