package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * A script run around start and stop ({@code hooks[]} in the service file), with the config
 * as environment.
 *
 * @param id unique among the service's hooks; a child file replaces a parent's hook by id
 * @param when the moment the hook runs
 * @param exec the command line; {@code exec[0]} is absolute once loaded when it holds a slash
 * @param timeoutSec how long the hook may run, {@value #DEFAULT_TIMEOUT_SEC} s by default
 */
public record Hook(
        @NotNull @SafeName String id,
        @NotNull HookWhen when,
        @NotEmpty List<@NotNull String> exec,
        @Positive int timeoutSec) {

    /** Timeout used when the file does not set {@code timeout_sec}. */
    public static final int DEFAULT_TIMEOUT_SEC = 60;

    public Hook {
        exec = Copies.list(exec);
    }

    @JsonCreator
    static Hook fromJson(
            @JsonProperty("id") String id,
            @JsonProperty("when") HookWhen when,
            @JsonProperty("exec") List<String> exec,
            @JsonProperty("timeout_sec") Integer timeoutSec) {
        return new Hook(id, when, exec, timeoutSec == null ? DEFAULT_TIMEOUT_SEC : timeoutSec);
    }
}
