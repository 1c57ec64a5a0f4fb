package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * {@code service.deploy}.
 *
 * @param name the service
 * @param timeoutSec how long the new revision may take to become healthy; null for the agent's default
 * @param drainSec how long the old revision drains; null for the agent's default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeployParams(String name, @JsonSerialize(using = SecondsSerializer.class) Double timeoutSec,
        @JsonSerialize(using = SecondsSerializer.class) Double drainSec) implements RequestParams {

    static DeployParams read(ParamsReader in) {
        return new DeployParams(in.name("name"), in.seconds("timeout_sec"), in.seconds("drain_sec"));
    }
}
