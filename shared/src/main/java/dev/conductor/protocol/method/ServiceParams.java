package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code {service}}: the service whose commands {@code commands.list} lists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceParams(String service) implements RequestParams {

    static ServiceParams read(ParamsReader in) {
        return new ServiceParams(in.name("service"));
    }
}
