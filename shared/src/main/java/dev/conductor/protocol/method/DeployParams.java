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
 * @param by who asks, as the console knows it ({@code alice@laptop via conductor-tui}); recorded with
 *     the revision; null from older consoles
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeployParams(String name, @JsonSerialize(using = SecondsSerializer.class) Double timeoutSec,
        @JsonSerialize(using = SecondsSerializer.class) Double drainSec, String by) implements RequestParams {

    /** Without saying who asks. */
    public DeployParams(String name, Double timeoutSec, Double drainSec) {
        this(name, timeoutSec, drainSec, null);
    }

    static DeployParams read(ParamsReader in) {
        return new DeployParams(in.name("name"), in.seconds("timeout_sec"), in.seconds("drain_sec"),
                in.optionalText("by"));
    }
}
