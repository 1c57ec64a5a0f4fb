package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * {@code service.wait}.
 *
 * @param name the service
 * @param revision the revision to wait for; null for the newest
 * @param timeoutSec how long to wait; null for the agent's default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitParams(String name, Integer revision, @JsonSerialize(using = SecondsSerializer.class) Double timeoutSec)
        implements RequestParams {

    static WaitParams read(ParamsReader in) {
        return new WaitParams(in.name("name"), in.integer("revision"), in.seconds("timeout_sec"));
    }
}
