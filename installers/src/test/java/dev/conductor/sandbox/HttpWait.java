package dev.conductor.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Readiness: waits until a URL answers with the expected HTTP status, fetched either inside a
 * sandbox host (curl, for pod addresses) or from this machine. On timeout the message names the
 * URL, what was expected and what the last attempt got.
 *
 * <pre>{@code
 * HttpWait.forUrl("http://" + host.podAddress("web") + ":8080/").forStatus(200)
 *         .withTimeout(Duration.ofSeconds(20)).untilReadyInside(host);
 * }</pre>
 */
public final class HttpWait {

    /** An HTTP answer: status code and body. */
    public record Answer(int status, String body) {
    }

    /** One try: an answer, or why there was none. */
    private record Attempt(Answer answer, String failure) {

        String describe() {
            return answer != null ? "HTTP " + answer.status() + " " + Commands.quote(abbreviate(answer.body())) : failure;
        }
    }

    private static final Duration PER_ATTEMPT = Duration.ofSeconds(2);

    private final String url;
    private String unixSocket;
    private int expectedStatus = 200;
    private Duration timeout = Duration.ofSeconds(30);
    private Duration pollInterval = Duration.ofMillis(200);

    private HttpWait(String url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    /** @return a wait for {@code url}, expecting HTTP 200 within 30 seconds */
    public static HttpWait forUrl(String url) {
        return new HttpWait(url);
    }

    /** @return this, expecting {@code status} instead of 200 */
    public HttpWait forStatus(int status) {
        this.expectedStatus = status;
        return this;
    }

    /**
     * @return this, connecting to the unix socket {@code path} inside the host instead of the URL's
     *     host and port (curl's {@code --unix-socket}), as for Caddy's admin API after system install
     */
    public HttpWait throughUnixSocket(String path) {
        this.unixSocket = Objects.requireNonNull(path, "path");
        return this;
    }

    /** @return this, giving up after {@code limit} */
    public HttpWait withTimeout(Duration limit) {
        this.timeout = Objects.requireNonNull(limit, "timeout");
        return this;
    }

    /** @return this, trying again every {@code interval} */
    public HttpWait withPollInterval(Duration interval) {
        this.pollInterval = Objects.requireNonNull(interval, "interval");
        return this;
    }

    /**
     * Fetches the URL with curl inside {@code host} until it answers with the expected status.
     *
     * @return the first answer with the expected status
     * @throws SandboxTimeoutException if none came within the timeout
     */
    public Answer untilReadyInside(SandboxHost host) {
        String where = unixSocket == null ? "" : " through " + unixSocket;
        return poll("fetched inside sandbox host " + host.name() + where, () -> curlInside(host));
    }

    /**
     * Fetches the URL from this machine until it answers with the expected status.
     *
     * @return the first answer with the expected status
     * @throws SandboxTimeoutException if none came within the timeout
     */
    public Answer untilReadyFromMachine() {
        if (unixSocket != null) {
            throw new IllegalStateException("a unix socket is reached from inside a host only: " + unixSocket);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(PER_ATTEMPT).build();
        return poll("fetched from this machine", () -> fetch(client));
    }

    private Answer poll(String where, Supplier<Attempt> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Attempt last = attempt.get();
            if (last.answer() != null && last.answer().status() == expectedStatus) {
                return last.answer();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new SandboxTimeoutException("Timed out after " + describe(timeout) + " waiting for URL " + url
                        + " to return HTTP " + expectedStatus + " (" + where + "); last attempt: " + last.describe());
            }
            sleep();
        }
    }

    private Attempt curlInside(SandboxHost host) {
        List<String> curl = new ArrayList<>(List.of("curl", "-sS", "--max-time", Long.toString(PER_ATTEMPT.toSeconds()),
                "-w", "\n%{http_code}", url));
        if (unixSocket != null) {
            curl.addAll(List.of("--unix-socket", unixSocket));
        }
        ExecResult result = host.exec(PER_ATTEMPT.plusSeconds(5), curl.toArray(String[]::new));
        if (!result.succeeded()) {
            return new Attempt(null, "curl exited with " + result.exitCode() + ": " + result.stderrTail(1));
        }
        String out = result.stdout();
        int cut = out.lastIndexOf('\n');
        return new Attempt(new Answer(Integer.parseInt(out.substring(cut + 1).strip()), out.substring(0, cut)), null);
    }

    private Attempt fetch(HttpClient client) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(PER_ATTEMPT).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Attempt(new Answer(response.statusCode(), response.body()), null);
        } catch (IOException e) {
            return new Attempt(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while waiting for URL " + url, e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while waiting for URL " + url, e);
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + " ms";
    }

    private static String abbreviate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
