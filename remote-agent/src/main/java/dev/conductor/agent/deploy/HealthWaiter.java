package dev.conductor.agent.deploy;

import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import dev.conductor.spec.HealthCheck;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits until a deployment is ready: its pod runs and, when the service declares a
 * {@code health_check}, an HTTP GET on the pod's address answers the expected status. Probes
 * follow the check's {@code interval_sec}, {@code timeout_sec} and {@code retries}; a port that
 * refuses connections (the program is still starting) is probed again after 100 ms instead.
 */
final class HealthWaiter {

    // a pod that starts in 0.4 s should not wait 0.3 s more to be found healthy
    private static final Duration POLL = Duration.ofMillis(100);
    private final Podman podman;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    HealthWaiter(Podman podman) {
        this.podman = podman;
    }

    /** What one probe found: nothing wrong ({@code problem} empty), a refused connection, or a failure. */
    private record Probe(String problem, boolean refused) {

        static final Probe HEALTHY = new Probe("", false);

        boolean healthy() {
            return problem.isEmpty();
        }
    }

    /**
     * @param knownIp the address saved when the pod started: a first probe needs no Podman call
     * @throws DeployException naming the deployment and the last problem seen
     */
    void await(String deployment, HealthCheck check, Duration timeout, Optional<String> knownIp) {
        Instant deadline = Instant.now().plus(timeout);
        Probe last = check != null && knownIp.isPresent() ? probe(knownIp.get(), check) : new Probe("not probed yet", true);
        int failures = 0;
        while (!last.healthy()) {
            failures += last.refused() ? 0 : 1;
            if (check != null && check.retries() > 0 && failures >= check.retries()) {
                throw new DeployException("deployment " + deployment + " not healthy after " + failures
                        + " failed probes (health_check.retries): " + last.problem());
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new DeployException("deployment " + deployment + " not healthy after " + timeout.toSeconds()
                        + " s: " + last.problem());
            }
            sleep(last.refused() ? POLL : Duration.ofSeconds(check.intervalSec()), deadline);
            last = probePod(deployment, check);
        }
    }

    private Probe probePod(String deployment, HealthCheck check) {
        PodInfo pod = podman.inspectPod(deployment).orElseThrow(() ->
                new DeployException("pod of deployment " + deployment + " is gone"));
        failIfExited(deployment, pod);
        if (!pod.running()) {
            return new Probe("pod is " + pod.state(), true);
        }
        return check == null ? Probe.HEALTHY : probe(pod.ipAddress(), check);
    }

    private static void failIfExited(String deployment, PodInfo pod) {
        pod.containers().stream().filter(c -> "exited".equals(c.state())).findFirst().ifPresent(c -> {
            throw new DeployException("deployment " + deployment + ": container " + c.name()
                    + " exited with code " + c.exitCode());
        });
    }

    private Probe probe(String ip, HealthCheck check) {
        URI uri = URI.create("http://" + ip + ":" + check.port() + check.path());
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(check.timeoutSec())).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == check.expectedStatus() ? Probe.HEALTHY
                    : new Probe(uri + " answered " + response.statusCode() + ", expected " + check.expectedStatus(), false);
        } catch (ConnectException e) {
            return new Probe(uri + " refused the connection: " + e.getMessage(), true);
        } catch (IOException e) {
            return new Probe(uri + " did not answer: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted while probing " + uri, e);
        }
    }

    private static void sleep(Duration wait, Instant deadline) {
        long millis = Math.min(wait.toMillis(), Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted while waiting for health", e);
        }
    }
}
