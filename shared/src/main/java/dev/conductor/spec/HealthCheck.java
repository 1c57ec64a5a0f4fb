package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How to tell that a deployment is ready: an HTTP GET on the pod's address
 * ({@code health_check} in the service file).
 *
 * @param path the HTTP path, {@code "/"} by default
 * @param port the pod's port; required
 * @param intervalSec seconds between probes once the pod runs, {@value #DEFAULT_INTERVAL_SEC} by
 *     default; while the port refuses connections (the program is still starting) probes repeat
 *     every 100 ms, so that a quick program is found healthy at once
 * @param timeoutSec seconds one probe may take, {@value #DEFAULT_TIMEOUT_SEC} by default
 * @param expectedStatus the status that means healthy, {@value #DEFAULT_EXPECTED_STATUS} by default
 * @param retries failed probes (a wrong status, no answer in time) after which the deploy fails
 *     at once; 0, the default, means none: probes go on until the deploy's health timeout
 */
public record HealthCheck(
        @NotNull @Pattern(regexp = "/.*", message = "must start with '/'") String path,
        @Min(1) @Max(65535) int port,
        @Positive int intervalSec,
        @Positive int timeoutSec,
        @Min(100) @Max(599) int expectedStatus,
        @PositiveOrZero int retries) {

    /** Path probed when the file does not set {@code path}. */
    public static final String DEFAULT_PATH = "/";
    /** Interval used when the file does not set {@code interval_sec}. */
    public static final int DEFAULT_INTERVAL_SEC = 1;
    /** Timeout used when the file does not set {@code timeout_sec}. */
    public static final int DEFAULT_TIMEOUT_SEC = 5;
    /** Status expected when the file does not set {@code expected_status}. */
    public static final int DEFAULT_EXPECTED_STATUS = 200;

    // A missing port stays 0 so that validation reports it at /health_check/port.
    @JsonCreator
    static HealthCheck fromJson(
            @JsonProperty("path") String path,
            @JsonProperty("port") Integer port,
            @JsonProperty("interval_sec") Integer intervalSec,
            @JsonProperty("timeout_sec") Integer timeoutSec,
            @JsonProperty("expected_status") Integer expectedStatus,
            @JsonProperty("retries") Integer retries) {
        return new HealthCheck(
                path == null ? DEFAULT_PATH : path,
                port == null ? 0 : port,
                intervalSec == null ? DEFAULT_INTERVAL_SEC : intervalSec,
                timeoutSec == null ? DEFAULT_TIMEOUT_SEC : timeoutSec,
                expectedStatus == null ? DEFAULT_EXPECTED_STATUS : expectedStatus,
                retries == null ? 0 : retries);
    }
}
