package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.conductor.protocol.ServiceRow;
import java.util.List;

/** The answer of {@code services.list}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServicesResult(List<ServiceRow> services) {

    public ServicesResult {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
