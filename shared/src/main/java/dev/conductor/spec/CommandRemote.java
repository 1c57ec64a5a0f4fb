package dev.conductor.spec;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * A command exposed as a remote action ({@code commands{}.NAME.remote} in the service file): an
 * authorized {@code POST /action/SERVICE/NAME} runs it in the service context with the request's
 * arguments. It is always guarded: a remote command names at least one policy.
 *
 * @param policies what a caller needs, {@code POLICY} or {@code POLICY/AUTHORIZATION}; any entry met admits
 * @param maxConcurrency runs at once; more are answered 503, {@value #DEFAULT_MAX_CONCURRENCY} by default
 * @param timeoutSec seconds a run may take before it is killed, {@value #DEFAULT_TIMEOUT_SEC} by default
 */
public record CommandRemote(
        @NotEmpty(message = "must name at least one policy: a remote command is never open to anyone")
        List<@NotNull @Pattern(regexp = REQUIREMENT, message = REQUIREMENT_RULE) String> policies,
        @Positive Integer maxConcurrency,
        @Positive Integer timeoutSec) {

    /** A policy requirement: a policy name ({@link SafeName}), then perhaps {@code /AUTHORIZATION}. */
    public static final String REQUIREMENT = "(?!.*\\.\\.)[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}(/[^/\\s]+)?";
    public static final String REQUIREMENT_RULE = "must be POLICY or POLICY/AUTHORIZATION, POLICY a name from"
            + " [A-Za-z0-9_.-] (1 to 100 characters, starting with a letter, digit or '_')";
    public static final int DEFAULT_MAX_CONCURRENCY = 1;
    public static final int DEFAULT_TIMEOUT_SEC = 300;

    public CommandRemote {
        policies = Copies.list(policies);
        maxConcurrency = maxConcurrency == null ? DEFAULT_MAX_CONCURRENCY : maxConcurrency;
        timeoutSec = timeoutSec == null ? DEFAULT_TIMEOUT_SEC : timeoutSec;
    }
}
