package dev.conductor.spec;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A CGI or http-stdio function ({@code functions[]} in the service file).
 *
 * @param name the function's name inside the service; {@code ""} by default
 * @param format the wire format, {@link FunctionFormat#CGI} by default; {@code sdactivate} is read
 *     as {@code http-stdio} in {@code parallel} mode
 * @param mode how processes serve requests, {@link FunctionMode#SINGLE} by default
 * @param exec the command line; {@code exec[0]} is absolute once loaded when it holds a slash
 * @param stderrAsStdout send the script's stderr to the response too
 * @param responseHeaders headers sent before whatever the script prints, as {@code "Name: value"}
 * @param noResponseHeaders the script prints no headers, only a body
 * @param pathInfoStrip how many leading path segments to strip from {@code PATH_INFO}
 * @param path the route's path instead of {@code /cgi/FUNCTION_ID/*}; null for that default
 * @param serviceDirectives extra directives for the function's systemd unit
 * @param policies names of the security policies that guard the function
 * @param minWarm processes started ahead of requests (not for {@code cgi}), 0 by default
 * @param maxConcurrency requests served at once; more are answered 503, {@value #DEFAULT_MAX_CONCURRENCY} by default
 * @param maxRequests requests a {@code multi} process serves before it is recycled, {@value #DEFAULT_MAX_REQUESTS} by default
 * @param idleTimeoutSec seconds without requests after which a {@code parallel} process stops,
 *     {@value #DEFAULT_IDLE_TIMEOUT_SEC} by default
 * @param timeoutSec seconds a request may take (504, and its process group is killed),
 *     {@value #DEFAULT_TIMEOUT_SEC} by default
 * @param maxBodyBytes the largest request body (413 beyond), {@value #DEFAULT_MAX_BODY_BYTES} by default
 */
public record ServiceFunction(
        @NotNull @SafeName(allowEmpty = true) String name,
        FunctionFormat format,
        FunctionMode mode,
        @NotEmpty List<@NotNull String> exec,
        boolean stderrAsStdout,
        List<@NotNull @Pattern(regexp = "[^:\\s]+:.*", message = "must look like 'Name: value'") String>
                responseHeaders,
        boolean noResponseHeaders,
        @PositiveOrZero int pathInfoStrip,
        @Pattern(regexp = "/.*", message = "must start with '/'") String path,
        List<@NotNull String> serviceDirectives,
        List<@NotNull @Pattern(regexp = CommandRemote.REQUIREMENT, message = CommandRemote.REQUIREMENT_RULE)
                String> policies,
        @PositiveOrZero Integer minWarm,
        @Positive Integer maxConcurrency,
        @Positive Integer maxRequests,
        @Positive Integer idleTimeoutSec,
        @Positive Integer timeoutSec,
        @Positive Long maxBodyBytes) {

    public static final int DEFAULT_MAX_CONCURRENCY = 16;
    public static final int DEFAULT_MAX_REQUESTS = 100;
    public static final int DEFAULT_IDLE_TIMEOUT_SEC = 60;
    public static final int DEFAULT_TIMEOUT_SEC = 30;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public ServiceFunction {
        name = name == null ? "" : name;
        format = format == null ? FunctionFormat.CGI : format;
        if (format == FunctionFormat.SDACTIVATE) {
            format = FunctionFormat.HTTP_STDIO;
            mode = mode == null ? FunctionMode.PARALLEL : mode;
        }
        mode = mode == null ? FunctionMode.SINGLE : mode;
        exec = Copies.list(exec);
        responseHeaders = Copies.list(responseHeaders);
        serviceDirectives = Copies.list(serviceDirectives);
        policies = Copies.list(policies);
        minWarm = minWarm == null ? 0 : minWarm;
        maxConcurrency = maxConcurrency == null ? DEFAULT_MAX_CONCURRENCY : maxConcurrency;
        maxRequests = maxRequests == null ? DEFAULT_MAX_REQUESTS : maxRequests;
        idleTimeoutSec = idleTimeoutSec == null ? DEFAULT_IDLE_TIMEOUT_SEC : idleTimeoutSec;
        timeoutSec = timeoutSec == null ? DEFAULT_TIMEOUT_SEC : timeoutSec;
        maxBodyBytes = maxBodyBytes == null ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
    }

    /** The same function running {@code newExec}: paths made absolute once loaded. */
    public ServiceFunction withExec(List<String> newExec) {
        return new ServiceFunction(name, format, mode, newExec, stderrAsStdout, responseHeaders, noResponseHeaders,
                pathInfoStrip, path, serviceDirectives, policies, minWarm, maxConcurrency, maxRequests,
                idleTimeoutSec, timeoutSec, maxBodyBytes);
    }
}
