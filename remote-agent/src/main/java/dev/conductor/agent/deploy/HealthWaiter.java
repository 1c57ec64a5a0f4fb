package dev.conductor.agent.deploy;

import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import dev.conductor.spec.HealthCheck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits until a deployment is ready: its pod runs and, when the service declares a
 * {@code health_check}, an HTTP GET on the pod's address answers the expected status.
 */
final class HealthWaiter {

    // a pod that starts in 0.4 s should not wait 0.3 s more to be found healthy
    private static final Duration POLL = Duration.ofMillis(100);
    private final Podman podman;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    HealthWaiter(Podman podman) {
        this.podman = podman;
    }

    /**
     * @param knownIp the address saved when the pod started: a first probe needs no Podman call
     * @throws DeployException naming the deployment and the last problem seen
     */
    void await(String deployment, HealthCheck check, Duration timeout, Optional<String> knownIp) {
        if (check != null && knownIp.isPresent() && probe(knownIp.get(), check).isEmpty()) {
            return;
        }
        Instant deadline = Instant.now().plus(timeout);
        String problem = "not probed yet";
        while (Instant.now().isBefore(deadline)) {
            PodInfo pod = podman.inspectPod(deployment).orElseThrow(() ->
                    new DeployException("pod of deployment " + deployment + " is gone"));
            failIfExited(deployment, pod);
            problem = pod.running() ? probe(pod, check) : "pod is " + pod.state();
            if (problem.isEmpty()) {
                return;
            }
            sleep();
        }
        throw new DeployException("deployment " + deployment + " not healthy after " + timeout.toSeconds()
                + " s: " + problem);
    }

    private static void failIfExited(String deployment, PodInfo pod) {
        pod.containers().stream().filter(c -> "exited".equals(c.state())).findFirst().ifPresent(c -> {
            throw new DeployException("deployment " + deployment + ": container " + c.name()
                    + " exited with code " + c.exitCode());
        });
    }

    /** Returns {@code ""} when healthy, else what was wrong. */
    private String probe(PodInfo pod, HealthCheck check) {
        return check == null ? "" : probe(pod.ipAddress(), check);
    }

    private String probe(String ip, HealthCheck check) {
        URI uri = URI.create("http://" + ip + ":" + check.port() + check.path());
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(check.timeoutSec())).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == check.expectedStatus() ? ""
                    : uri + " answered " + response.statusCode() + ", expected " + check.expectedStatus();
        } catch (IOException e) {
            return uri + " did not answer: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted while probing " + uri, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted while waiting for health", e);
        }
    }
}
