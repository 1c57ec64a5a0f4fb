package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * {@code service.rollback}; null fields are left out and take the agent's defaults.
 *
 * @param name the service
 * @param to the revision to go back to; null for the one before the serving one
 * @param timeoutSec as {@link DeployParams#timeoutSec()}
 * @param drainSec as {@link DeployParams#drainSec()}
 * @param by as {@link DeployParams#by()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RollbackParams(String name, Integer to, @JsonSerialize(using = SecondsSerializer.class) Double timeoutSec,
        @JsonSerialize(using = SecondsSerializer.class) Double drainSec, String by) implements RequestParams {

    /** Back to {@code to} (null: the one before), with the agent's timeouts. */
    public RollbackParams(String name, Integer to) {
        this(name, to, null, null, null);
    }

    /** Without saying who asks. */
    public RollbackParams(String name, Integer to, Double timeoutSec, Double drainSec) {
        this(name, to, timeoutSec, drainSec, null);
    }

    /** Back to {@code to}, asked by {@code by}, with the agent's timeouts. */
    public RollbackParams(String name, Integer to, String by) {
        this(name, to, null, null, by);
    }

    static RollbackParams read(ParamsReader in) {
        return new RollbackParams(in.name("name"), in.integer("to"), in.seconds("timeout_sec"), in.seconds("drain_sec"),
                in.optionalText("by"));
    }
}
